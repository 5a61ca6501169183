# for x, y in items where an item may be None: CPython's TypeError when it is
path = [(1, 2), None]
path[1] = (3, 4)
for x, y in path:
    print(x + y)
path.append(None)
try:
    for x, y in path:
        print(x, y)
except TypeError as e:
    print("TypeError:", e)
