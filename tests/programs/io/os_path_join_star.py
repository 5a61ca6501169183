# os.path.join(*parts) of a list (or tuple of any length) of strs
import os
parts = ["usr", "lib", "python3"]
print(os.path.join(*parts))
print(os.path.join(*"a/b//c".split("/")))
print(os.path.join(*["x", "/abs", "y"]), os.path.join(*["", "a"]), os.path.join(*[""]))
def rel(*names):
    return os.path.join(*names)
print(rel("p", "q"))
nothing = []
try:
    print(os.path.join(*nothing))
except TypeError as e:
    print("TypeError:", e)
t = ("m", "n")
print(os.path.join(*t))
