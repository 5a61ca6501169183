# expect: 11:7: error: A.__lt__ may return NotImplemented, and CPython would then try the __gt__ of the other operand (int); pyzc does not try it yet
class A:
    def __init__(self, x):
        self.x = x

    def __lt__(self, other):
        if not isinstance(other, A):
            return NotImplemented
        return self.x < other.x

print(A(1) < 3)
