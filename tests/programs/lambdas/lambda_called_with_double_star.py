# f(**d) where f is a lambda: d's keys name the lambda's parameters as written.
h = lambda a, b: a * 10 + b
d = {"b": 2}
print(h(1, **d))
e = {"a": 3, "b": 4}
print(h(**e))
g = lambda x, y=5: x - y
print(g(**{"x": 1}), g(1, **{"y": 0}))
bad = {"c": 1}
print(h(1, **bad))  # CPython's TypeError names the lambda's parameter
