# zip() and map() over one iterator given twice take successive items, each when its turn comes,
# as CPython's next() does: zip(g, g) pairs items 0 and 1, 2 and 3...
def count_up(n):
    for i in range(n):
        yield i * i


g = count_up(7)
print(list(zip(g, g)))
h = count_up(6)
print(list(map(lambda a, b: a - b, h, h)))
it = iter("abcdefg")
print(["".join(p) for p in zip(it, it, it)])
words = iter(["x", "y", "z", "w"])
for left, right in zip(words, words):
    print(left + right)
nums = iter(range(10))
print(dict(zip(nums, nums)))
