# expect: 8:5: error: 'A' object has no attribute 'nothing'
class A:
    def __init__(self):
        self.x = 1


a = A()
del a.nothing
