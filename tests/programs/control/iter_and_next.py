# iter() and next() over lists and strs: a header skipped with next(), a for loop that continues
# where next() stopped, next() with a default, non-ASCII characters, an iterator passed to a function,
# and an uncaught StopIteration.
text = "name,qty\napple,3\npear,5\nfig,1"
lines = iter(text.splitlines())
header = next(lines)
print("columns:", header.split(","))
total = 0
for line in lines:
    name, qty = line.split(",")
    total += int(qty)
    print(f"{name:>6} {qty}")
print("total", total, "after:", next(lines, "<end>"))


def pairs(it):
    out = []
    while True:
        a = next(it, -1)
        b = next(it, -1)
        if a < 0:
            break
        out.append((a, b))
    return out


print(pairs(iter([1, 2, 3, 4, 5])))
chars = iter("héllo, wörld")
first = next(chars) + next(chars)
print(first, list(chars), next(chars, "?"))
nums = iter([3.5, 1.25, 2.0])
print(next(nums), sorted(nums), sum(iter([1, 2, 3])))
print(pairs(iter([7, 8, 9])), [next(it) for it in [iter("ab"), iter("cd")]])


def skip_one(it):
    next(it)
    return it


print(list(skip_one(iter([1, 2, 3]))), list(skip_one(iter(["x", "y"]))), list(skip_one(iter("uvw"))))
words = iter(["only"])
print(next(words))
next(words)
