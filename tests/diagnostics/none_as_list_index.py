# expect: 4:10: error: this value may be None (it is int | None), and pyzc cannot use a value that may be None here yet: test it with `is None` first
xs = [1, 2, 3]
i = {"a": 1}.get("b")
print(xs[i])
