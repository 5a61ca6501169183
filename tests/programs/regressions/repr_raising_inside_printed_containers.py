class Bad:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        if self.n == 2:
            raise ValueError("bad repr " + str(self.n))
        return "Bad(" + str(self.n) + ")"


xs = [Bad(1), Bad(2)]
try:
    print(xs)
except ValueError as e:
    print("print:", e)
try:
    s = str(xs)
    print("no", s)
except ValueError as e:
    print("str:", e)
try:
    print(repr(xs))
except ValueError as e:
    print("repr:", e)
try:
    print(f"{xs}!")
except ValueError as e:
    print("fstring:", e)
d = {"a": Bad(2)}
try:
    print(d)
except ValueError as e:
    print("dict:", e)
try:
    print((Bad(1), Bad(2)))
except ValueError as e:
    print("tuple:", e)
try:
    print({1: [Bad(2)]})
except ValueError as e:
    print("nested:", e)
print(Bad(2))
