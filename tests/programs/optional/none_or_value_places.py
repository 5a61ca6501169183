# Places given None at one time and a value at another: variables, returns, tuples, str, lists, floats.
def find(xs, v):
    for i, x in enumerate(xs):
        if x == v:
            return i
    return None


best = None
for v in [5, 3, 9]:
    if best is None or v < best:
        best = v
print(best)
r = find([1, 2, 3], 2)
print(r, find([1, 2, 3], 7))
if r is not None:
    print(r + 1)
name = None
print(name, name is None, name == None)
name = "bob"
print(name, name is None, name.upper())
pair = None
for a in range(3):
    if a == 2:
        pair = (a, a * 2)
print(pair)
q, w = pair
print(q, w)
items = None
items = [1, 2]
items.append(3)
print(items, len(items))
print(items or [], find([], 1) or 0)
m = find([4], 4)
print(f"{m}", str(m), repr(m), m == 0, m != 0, isinstance(m, int))
z = None if len(items) > 5 else 3.5
print(z, [None, 1], z is not None)
