# count() and index() of a tuple whose length is known when compiling: items of one type, numbers of
# several types (1 == 1.0 == True), strs, tuples; index()'s start and stop, and CPython's ValueError.
# pyzc refused them ("'tuple[int, int, int]' object has no attribute 'count'").


def where(t, x):
    try:
        return str(t.index(x))
    except ValueError as e:
        return str(e)


t = (1, 2, 1, 3)
print(t.count(1), t.count(7), t.index(3), t.index(1, 1), t.index(1, 1, 3), where(t, 9))
print(("a", "b", "a").count("a"), ("a", "b").index("b"), (1, 2.5, 1.0).count(1), (True, 1, 0).count(1))
pairs = ((1, 2), (3, 4), (1, 2))
print(pairs.count((1, 2)), pairs.index((3, 4)), where(pairs, (5, 6)), where(("x",), "y"))
point = (3, 4)
print(point.count(4), point.index(3))
