def f(x: int) -> int:
    return x


table = {"a": 1}
print(table["b"])
