# A generator reads the enclosing function's variables as it runs, as CPython's closures do:
# an assignment between making the generator and iterating it is seen


def consume(it):
    return list(it)


def late(n):
    k = 1
    g = (x * k for x in range(n))
    k = 10
    print(list(g))

    def upto():
        for i in range(limit):
            yield i * step
    limit, step = 2, 1
    it = upto()
    limit = 4
    step = 3
    print(list(it))


def per_iteration(xs):
    out = []
    gens = []
    for k in range(3):
        out.append(consume(x + k for x in xs))
        gens.append(x * k for x in xs)
    print(out, [list(g) for g in gens])


def running_total(xs):
    total = 0
    seen = (total + x for x in xs)
    first = next(seen)
    total = 100
    print(first, list(seen))


def fixed(n):
    scale = n * 2
    print(sum(v * scale for v in range(n)), consume(v + scale for v in range(n)))


late(3)
per_iteration([1, 2])
running_total([1, 2, 3])
fixed(4)
