# x = property(getter) in a class body: a read-only property, as @property makes
class Box:
    def __init__(self, w):
        self.__w = w
    def _getw(self): return self.__w
    w = property(_getw)
b = Box(4)
print(b.w, b._getw())
