# index, count and remove among items that may be None, by a value or by None
path = [(1, 2), None, (3, 4)]
print(path.index((3, 4)), path.index(None), path.count(None), path.count((1, 2)))
path.remove(None)
print(path)
try:
    path.index((9, 9))
except ValueError as e:
    print(e)
