# An exception raised by a dunder that the runtime calls propagates at once, with its own type
class Key:
    def __init__(self, n, bad):
        self.n = n
        self.bad = bad

    def __eq__(self, other):
        if self.bad or other.bad:
            raise RuntimeError("eq of " + str(self.n))
        return self.n == other.n

    def __lt__(self, other):
        if self.bad or other.bad:
            raise ArithmeticError("lt with a bad key")
        return self.n < other.n

    def __hash__(self):
        if self.bad:
            raise TypeError("hash of " + str(self.n))
        return self.n

    def __repr__(self):
        return "Key(" + str(self.n) + ")"


good = [Key(3, False), Key(1, False), Key(2, False)]
bad = Key(9, True)
mixed = [Key(3, False), bad, Key(1, False), Key(2, False)]
s = {Key(1, False), Key(2, False)}
d = {Key(1, False): "one"}
twin = Key(1, False)
d2 = {twin: 1}
twin.bad = True

try:
    print('sorted', sorted(mixed))
except Exception as e:
    print('sorted', "raised", repr(e))

try:
    print('sorted ok', sorted(good))
except Exception as e:
    print('sorted ok', "raised", repr(e))

try:
    print('min', min(mixed))
except Exception as e:
    print('min', "raised", repr(e))

try:
    print('max', max(mixed))
except Exception as e:
    print('max', "raised", repr(e))

try:
    print('in', bad in good)
except Exception as e:
    print('in', "raised", repr(e))

try:
    print('not in', Key(1, False) not in [bad])
except Exception as e:
    print('not in', "raised", repr(e))

try:
    print('index', good.index(bad))
except Exception as e:
    print('index', "raised", repr(e))

try:
    print('count', good.count(bad))
except Exception as e:
    print('count', "raised", repr(e))

try:
    print('list ==', [Key(1, False), bad] == [Key(1, False), Key(2, False)])
except Exception as e:
    print('list ==', "raised", repr(e))

try:
    print('list <', [Key(1, False), bad] < [Key(1, False), Key(2, False)])
except Exception as e:
    print('list <', "raised", repr(e))

try:
    print('tuple ==', (Key(1, False), bad) == (Key(1, False), Key(2, False)))
except Exception as e:
    print('tuple ==', "raised", repr(e))

try:
    print('tuple <', (bad, 1) < (Key(1, False), 2))
except Exception as e:
    print('tuple <', "raised", repr(e))

try:
    print('sorted key', sorted(good, key=lambda k: 10 // (k.n - 1)))
except Exception as e:
    print('sorted key', "raised", repr(e))

try:
    print('max key', max(good, key=lambda k: 10 // (k.n - 1)))
except Exception as e:
    print('max key', "raised", repr(e))

try:
    print('sorted tuples', sorted([(Key(1, False), 1), (bad, 2)]))
except Exception as e:
    print('sorted tuples', "raised", repr(e))

try:
    print('set in', bad in s)
except Exception as e:
    print('set in', "raised", repr(e))

try:
    print('set ==', s == {Key(1, False), bad})
except Exception as e:
    print('set ==', "raised", repr(e))

try:
    print('dict lookup', d[bad])
except Exception as e:
    print('dict lookup', "raised", repr(e))

try:
    print('dict get', d.get(bad, 'none'))
except Exception as e:
    print('dict get', "raised", repr(e))

try:
    print('dict in', bad in d)
except Exception as e:
    print('dict in', "raised", repr(e))

try:
    print('dict collision', d2[Key(1, False)])
except Exception as e:
    print('dict collision', "raised", repr(e))

try:
    print('dict collision in', Key(1, False) in d2)
except Exception as e:
    print('dict collision in', "raised", repr(e))

try:
    s.add(bad)
    print('set.add', "done")
except Exception as e:
    print('set.add', "raised", repr(e))

try:
    s.discard(bad)
    print('set.discard', "done")
except Exception as e:
    print('set.discard', "raised", repr(e))

try:
    s.remove(bad)
    print('set.remove', "done")
except Exception as e:
    print('set.remove', "raised", repr(e))

try:
    d[bad] = 'bad'
    print('dict store', "done")
except Exception as e:
    print('dict store', "raised", repr(e))

try:
    del d[bad]
    print('dict del', "done")
except Exception as e:
    print('dict del', "raised", repr(e))

try:
    good.remove(bad)
    print('list.remove', "done")
except Exception as e:
    print('list.remove', "raised", repr(e))

try:
    mixed.sort()
    print('sort', "done")
except Exception as e:
    print('sort', "raised", repr(e))

try:
    mixed.sort(reverse=True)
    print('sort reverse', "done")
except Exception as e:
    print('sort reverse', "raised", repr(e))

print(len(s), len(d), len(good), len(mixed))
print(sorted(k.n for k in mixed))
print(sorted(k.n for k in s), good)
nested = [[Key(1, False)], [bad]]
try:
    print([bad] in nested)
except RuntimeError as e:
    print("nested in raised", e)
print("end")
