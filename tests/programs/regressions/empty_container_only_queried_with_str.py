# Found by the fuzzer (shape "empty"): an empty container that is only queried, never filled, kept
# a default element type of int, and the C compiler rejected the str argument of the query
# (set.discard in a function given set(), list.count at the top level).  It now takes its element
# type from the query, as `k in d` and `d.get(k)` already did.
def drop(acc, k):
    acc.discard('cat')
    return len(acc)


s = set()
print(drop(s, 4), s)
words = []
print(words.count('a'))
names = []
try:
    names.index('bob')
except ValueError as e:
    print("ValueError:", e)
try:
    names.remove('bob')
except ValueError as e:
    print("ValueError:", e)
tags = set()
try:
    tags.remove('x')
except KeyError as e:
    print("KeyError:", e)


def forget(pool):
    pool.discard(2.5)
    return pool


print(forget(set()))
