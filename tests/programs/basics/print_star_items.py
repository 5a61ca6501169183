# print(*items): the items of any iterable, mixed with other arguments, with sep and end
xs = [1, 2, 3]
print(*xs)
print("a", *xs, "b", sep="-")
print(*[])
print(*[], end="|\n")
print("first", *[], "last")
print(*"abc", *(1.5, None), *range(3), *(x * 2 for x in xs))
t = (1, "x", [2])
print(*t, *{4: 5}, sep=", ")
print(*[[1], [2, 3]], *{"k"}, end=".\n")
words = "the quick brown fox".split()
print(*sorted(words), sep="\n")
print(*reversed(xs))
