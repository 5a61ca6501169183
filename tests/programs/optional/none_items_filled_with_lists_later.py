# A global list of None placeholders, read by a function before any list is stored in it:
# a display of its items joins a list of lists as a list of lists that may be None.


def gather(bs):
    out = []
    for b in bs:
        if best[b] is None:
            lists = [[b * 10 + k for k in range(2)] for _ in range(1)]
        else:
            lists = [best[b]]
        for ls in lists:
            for k in ls:
                out.append(k)
        best[b] = None
    return out


def fill(b):
    best[b] = [k for k in range(b)]


n = 4
best = n * [None]
fill(3)
fill(2)
print(gather([0, 2, 3]))
print(best)
fill(1)
print(gather([1, 2]), best)
