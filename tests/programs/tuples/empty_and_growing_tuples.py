# `()` and tuples that grow: `acc + (x,)`, `t += ...`, `(0,) * n`, recursion building a tuple
acc = ()
for i in range(3):
    acc = acc + (i,)
print(acc, acc + (), () + acc, tuple() == (), len(()), bool(()), ())
alias = acc
alias += (9, 8)
print(acc, alias)
words = ()
words += ("a", "b")
print(words, words * 2)


def countdown(n):
    if n == 0:
        return ()
    return (n,) + countdown(n - 1)


print(countdown(4), (0,) * 3, 2 * (1, 2), (1.5,) * 0, len((0,) * 4))
empty = ()
print(5 in empty, hash(()) == hash(tuple([])), tuple(x for x in range(0)))
rows = [(1, 2), (3, 4, 5)]
print(rows, [len(r) for r in rows], max(rows), rows[1][2])
point = (3, 4, 5)
print(point[1:], point[::-1], point[:0], point[1:] + (6,), (1.5, 2)[1:])
