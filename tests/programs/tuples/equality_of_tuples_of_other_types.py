# == and != between tuples whose item types or lengths differ: items compared in turn, numbers of
# different types by value, as CPython does.
a = (2, "a")
b = (2.0, "a")
print(a == b, a != b, (1, 2) == (1, 2.0), (1, 2) != (1.5, 2), (1, 2) == (1, 2, 3), (1.0,) != (1, 2))
version = (3, 11)
print(version == (3, 11, 0), version != (3, 11, 0), version[:2] == (3, 11), (True, 1) == (1, 1.0))
pts = [(0, 1.5), (1, 2.5)]
print(pts[0] == (0.0, 1.5), [p for p in pts if p == (1.0, 2.5)], (0, 1.5) in pts)
print(() == (), (1, "x", 2.5) == (1.0, "x", 2.5), (1, "x") == (1, "y"))
