# del obj.attr: the object lacks the field until it is assigned again (CPython's AttributeError on a read or a second del)
class A:
    def __init__(self):
        self.y = 0


a = A()
a.x = 1
print(a.x)
del a.x
try:
    del a.x
except AttributeError as e:
    print(e)
try:
    print(a.x)
except AttributeError as e:
    print(e)
a.x = 5
print(a.x)
del a.y
try:
    print(a.y)
except AttributeError as e:
    print(e)
b = A()
print(b.y)
