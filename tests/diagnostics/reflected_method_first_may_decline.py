# expect: 22:7: error: Low.__lt__ may return NotImplemented, and CPython, which calls it first when the left operand is a Base, would then try the left operand's method; pyzc does not try it yet
class Base:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __gt__(self, other):
        return self.v > other.v


class Low(Base):
    def __lt__(self, other):
        if other.v > 10:
            return NotImplemented
        return True


a, b = Base(1), Low(2)
print(a < b)
print(a > b)
