# expect: 5:4: error: __bool__ should return bool, returned int
class C:
    def __bool__(self):
        return 1
if C():
    print("x")
