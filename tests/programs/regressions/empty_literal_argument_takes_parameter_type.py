# Issue 13, item 14: an empty literal passed as an argument takes the type the callee gives
# the parameter (it used to default to int: C that did not compile).
def check(grid, label='tree'):
    grid.append((1, label))
    return label + str(len(grid))


print(check(grid=[(618, 'x')]))
print(check(grid=[]))
print(check([], "pos"))


def combine(seed, mapping):
    if 'cat' in mapping:
        del mapping['cat']
    return seed + len(mapping)


print(combine(mapping={}, seed=3))
print(combine(4, dict()))


def mark(seen, word):
    seen.add(word)
    return sorted(seen)


print(mark(set(), "only"))


def put(xs):
    xs.append(1.5)
    return xs


print(put(list()))


def tally(counts, words):
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


print(tally({}, ["a", "b", "a"]))
print(tally(words=["z"], counts={}))


class Shelf:
    def stack(self, books, title):
        books.append((title, len(title)))
        return books


print(Shelf().stack([], "Dune"))
print(Shelf().stack(title="Emma", books=[]))
