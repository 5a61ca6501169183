# `h, *rest = ()`: the starred target's list took the empty tuple's unknown item type and pyzc
# refused it ("cannot give this value one type"); found by the fuzzer's anytuple shape.
empty = ()
print(hash(empty) == hash(tuple(list(empty))), {empty: 1})
try:
    head, *rest = empty
    print(head, rest)
except ValueError as e:
    print("ValueError:", e)
t = tuple([4, 5, 6])
a, *b = t
print(a, b)
