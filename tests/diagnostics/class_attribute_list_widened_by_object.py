# expect: 7:1: error: the class attribute 'vals' is a list[int] and an object is given a list[int | float] 'vals' here: a class attribute standing for a field of another item type is not supported yet
class A:
    vals = [1, 2]


a = A()
a.vals = [0.5]
print(A.vals)
print(a.vals)
