# id() of objects and mutable containers: equal exactly when they are the same object
a = [1, 2]
b = a
c = [1, 2]


class P:
    pass


p, q = P(), P()
print(id(a) == id(b), id(a) == id(c), id(p) == id(p), id(p) != id(q), id({}) == id({1: 2}) and False)
