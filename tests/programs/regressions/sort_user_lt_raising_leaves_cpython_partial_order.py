# An __lt__ that raises on the k-th comparison stops list.sort where CPython's timsort
# stops: the list is left in CPython's partial order (a merge puts its temporary half back;
# reverse=True reverses back), and the program's except clause runs.
import random

count = 0
limit = -1


class Boom(Exception):
    pass


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        global count
        count += 1
        if count == limit:
            raise Boom("comparison %d" % count)
        return self.v < other.v

    def __repr__(self):
        return "K(%d)" % self.v


random.seed(11)
shapes = [[random.randrange(100) for _ in range(70)],
          list(range(40)) + list(range(80, 40, -1)) + [random.randrange(100) for _ in range(30)],
          [random.randrange(4) for _ in range(130)],
          [random.randrange(1000) for _ in range(300)]]
for si, vals in enumerate(shapes):
    for rev in [False, True]:
        for k in [1, 2, 5, 17, 64, 65, 100, 150, 300, 500, 800, 1200, 2000]:
            xs = [K(v) for v in vals]
            count = 0
            limit = k
            try:
                xs.sort(reverse=rev)
                print(si, rev, k, "sorted after", count)
            except Boom as e:
                print(si, rev, k, "Boom", e)
            print([x.v for x in xs])
            count = 0
            limit = k
            try:
                ys = sorted([K(v) for v in vals], reverse=rev)
                print("sorted()", len(ys), count)
            except Boom as e:
                print("sorted() Boom", e)
