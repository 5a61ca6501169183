# set methods, declared in pyzc/primitives/set_ops.py
s = set()
s.add(3)
s.add(1)
s.update([4, 5, 5])
s.update({6})
s.update(x * 10 for x in range(3))
print(sorted(s), len(s))
s.discard(99)
s.discard(4)
s.remove(5)
t = {1, 2, 3, 7}
print(sorted(s.union(t)), sorted(s.intersection(t)), sorted(s.difference(t)), sorted(s.symmetric_difference(t)))
print(sorted(s.union([8, 9])), s.issubset(t), s.issuperset({1}), s.isdisjoint([100]), {1}.issubset(range(3)))
u = s.copy()
u.intersection_update([1, 3, 20])
print(sorted(u))
u = s.copy()
u.difference_update((1, 20))
print(sorted(u))
u = s.copy()
u.symmetric_difference_update({1, 2, 99})
print(sorted(u))
e = set()
print(sorted(e.union({"a"})))
p = {42}
print(p.pop(), p)
u.clear()
print(u)
try:
    p.pop()
except KeyError as ex:
    print("KeyError", ex)
try:
    s.remove(12345)
except KeyError as ex:
    print("KeyError", ex)
