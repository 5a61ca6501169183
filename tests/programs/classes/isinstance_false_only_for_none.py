# `other if isinstance(other, Value) else Value(other)`: in the instance where other is a Value,
# only None fails the test, so the else branch builds Value(None), never a Value of a Value
# (the field stays a number, or None), as in micrograd-style autograd classes.
class Value:
    def __init__(self, data, label=""):
        self.data = data
        self.label = label

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data + other.data, "+")

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        return Value(self.data * other.data, "*")

    def __radd__(self, other):
        return self + other

    def __repr__(self):
        return f"Value(data={self.data}, label={self.label!r})"


def wrap(v):
    if not isinstance(v, Value):
        return Value(v, "wrapped")
    return v


a = Value(2.0, "a")
b = Value(-3.0, "b")
print(a * b + 1.0, a + b, 10.0 + a, a * 4.0 + b * a)
print(wrap(a), wrap(5.5), wrap(a).label, wrap(0.5).label)
n = None
for i in range(3):
    if i == 1:
        n = Value(1.0, "n")
    print(wrap(n), wrap(n).label)
    try:
        print(a * n)
    except TypeError as e:
        print("TypeError:", e)
try:
    print(a + None)
except TypeError as e:
    print("TypeError:", e)
