# expect: 4:5: error: the special method __new__ is not supported yet: pyzc would not call it where CPython does
class Single:
    made = None
    def __new__(cls):
        return super().__new__(cls)

print(Single() is Single())
