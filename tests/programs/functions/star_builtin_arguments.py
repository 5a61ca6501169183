# a starred tuple of known length (a display, a global, anything in the module body) in a builtin call
t = (1, 10, 3)
print(list(range(*t)))
pair = ("x", 7)
print("{} = {}".format(*pair))
print("{0}-{1}-{0}".format(*("a", "b")))
print(max(*(3, 9, 2)), min(*t))
import os
parts = ("a", "b", "c")
print(os.path.join(*parts))
def span():
    return (2, 5)
print(list(range(*span())))
print(divmod(*(17, 5)))
xs = [1, 2]
print(*xs, sep=",")
