# map, filter, zip, enumerate and reversed held as values, over generators, lazily.
def nums(n):
    for i in range(n):
        print("  make", i)
        yield i


def double(x):
    print("  double", x)
    return 2 * x


def odd(x):
    return x % 2 == 1


m = map(double, nums(3))
print("made map")
print(next(m))
print(list(m))
f = filter(odd, nums(5))
print(next(f), list(f))
print(list(map(str, nums(2))))
z = zip(nums(3), "abc")
print("made zip")
print(next(z), list(z))
e = enumerate(nums(3), 1)
print(list(e))
for i, (a, b) in enumerate(zip(nums(2), map(double, nums(2)))):
    print(i, a, b)
r = reversed([1, 2, 3])
print(next(r), list(r))


def pairs_of(xs, ys):
    return zip(xs, ys)


def total(it):
    s = 0
    for a, b in it:
        s += a * b
    return s


print(total(pairs_of([1, 2, 3], [4, 5, 6])))
print(total(enumerate([7, 8, 9])))
lengths = map(len, ["ab", "cde", ""])
print(sorted(lengths))
words = filter(None, ["x", "", "y"])
print("".join(words))
squares = map(lambda v: v * v, range(4))
print(sum(squares), list(squares))
