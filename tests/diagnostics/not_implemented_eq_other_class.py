# expect: 13:19: error: A.__eq__ may return NotImplemented, and CPython would then try the __eq__ of the other operand (B); pyzc does not try it yet
class A:
    def __eq__(self, other):
        if not isinstance(other, A):
            return NotImplemented
        return True


class B:
    def __eq__(self, other):
        return True

print(A() == A(), A() == B())
