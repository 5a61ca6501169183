# functools.cmp_to_key: sorting, min and max by a comparison function.
import functools
from functools import cmp_to_key


def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    if a == b:
        return 0
    return 1 if a < b else -1


def numeric(a, b):
    return a - b


words = ["pear", "fig", "apple", "kiwi", "date", "banana", "fig"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(sorted(words, key=functools.cmp_to_key(by_length_then_reverse), reverse=True))
nums = [5, -2, 9, 0, 3, 3]
nums.sort(key=cmp_to_key(lambda a, b: b - a))
print(nums)
print(min(nums, key=cmp_to_key(numeric)), max(nums, key=cmp_to_key(numeric)))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
print(sorted(pairs, key=cmp_to_key(lambda p, q: p[0] - q[0])))  # stable: equal keys keep their order
largest = sorted([3, 30, 34, 5, 9], key=cmp_to_key(lambda x, y: int(str(y) + str(x)) - int(str(x) + str(y))))
print("".join(str(x) for x in largest))
floats = sorted([2.5, -1.0, 0.5], key=cmp_to_key(lambda a, b: a - b))
print(floats)
print(sorted([1, 0], key=cmp_to_key(lambda a, b: a // (b - b))))  # the comparison raises
