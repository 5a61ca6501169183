# Found by the fuzzer (tests/fuzz/fuzz_shapes.py, shape "empty"), still failing with the
# i13-infer, i13-semantics, i13-numeric and i13-runtime branches merged (10:50 UTC): an empty
# container that is only queried, never filled, keeps a default element type of int, and the
# C compiler rejects the str argument of the query (set.discard in a function given set(),
# list.count at the top level).  CPython prints 0 set(), then 0.
# Family: empty-literal/container inference (issue 13 items 14-15).
def drop(acc, k):
    acc.discard('cat')
    return len(acc)


s = set()
print(drop(s, 4), s)
words = []
print(words.count('a'))
