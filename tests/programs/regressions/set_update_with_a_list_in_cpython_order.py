# set.update(list) gathered the list into a set and merged it with one resize first, so the
# table (and the print order) differed from CPython's, which adds a non-set iterable's items
# one by one: after s |= {10}, s.update([4, 3]) printed {3, 4, 5, 10}, CPython {10, 3, 4, 5}.
# Found by the fuzzer (tests/fuzz/fuzz_shapes.py, shape "alias").
s = set([5, 4])
s |= {10}
s.update([4, 3])
print(s)
t = {7}
t.update(range(20, 26))
print(t)
u = set([1, 2])
u.update(x * 8 for x in range(6))
print(u)
v = {9}
v.update((17, 33, 1))
v.update([])
print(v, len(v))
w = {3}
w.update({11: 'a', 19: 'b'})
w.update({27, 35})
print(w)
