# hasattr/getattr/setattr with a constant name: methods, class attributes, fields (a lazily made cache), builtin types.
class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def cached(self):
        if not hasattr(self, "_cache"):
            print("computing", self.name)
            self._cache = len(self.name) * 2
        return self._cache


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side


s = Shape("blob")
q = Square(3)
print(hasattr(s, "name"), hasattr(s, "area"), hasattr(s, "sides"), hasattr(s, "volume"), hasattr(q, "side"))
print(s.cached(), s.cached(), q.cached())
print(getattr(q, "side"), getattr(s, "name"), hasattr("abc", "upper"), hasattr(3, "real"), hasattr([1], "push"))
setattr(q, "side", 5)
print(q.side, hasattr(q, "_cache"), hasattr(Shape("x"), "_cache"))
try:
    print(getattr(s, "side"))
except AttributeError as e:
    print("caught", e)
