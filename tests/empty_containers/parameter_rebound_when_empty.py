def f(xs):
    if not xs:
        xs = ["default"]
    return xs
print(f([]))
print(f(["a"]))
