# Several constant indices of one list in a block (passes/version_blocks.py): one length test selects
# a copy without their checks; a list too short must still raise at the index that is out of range,
# after what ran before it.


def pairs(bodies):
    out = []
    for b in bodies:
        for b2 in bodies:
            dx = b[0] - b2[0]
            print("dx", dx)
            dy = b[1] - b2[1]
            out.append(dx * dy + b[2] * b2[2] - b[3])
    return out


def grows(xs):
    a = xs[0] + xs[1]
    xs.append(a)
    return a + xs[2] + xs[0]  # xs[2] exists after the append


def reassigned(xs, ys):
    a = xs[0] + xs[1] + xs[2]
    xs = ys
    return a + xs[0] + xs[1] + xs[2]


def negative(xs):
    return xs[-1] + xs[0] + xs[1] + xs[2]


def sums(rows):
    for r in rows:
        yield r[0] + r[1] + r[2]


def try_it(f, *args):
    try:
        print(f(*args))
    except IndexError as e:
        print("IndexError", e)


try_it(pairs, [[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]])
try_it(pairs, [[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0]])
try_it(pairs, [[1.0, 2.0], [5.0, 6.0, 7.0, 8.0]])
try_it(pairs, [[1.0], [5.0, 6.0, 7.0, 8.0]])
try_it(pairs, [[], [5.0, 6.0, 7.0, 8.0]])
try_it(grows, [1, 2])
try_it(grows, [1])
try_it(reassigned, [1, 2, 3], [4, 5, 6])
try_it(reassigned, [1, 2, 3], [4, 5])
try_it(reassigned, [1, 2], [4, 5, 6])
try_it(negative, [1, 2, 3])
try_it(negative, [1, 2])
try_it(negative, [])
try_it(lambda rows: list(sums(rows)), [[1, 2, 3], [4, 5, 6, 7]])
try_it(lambda rows: list(sums(rows)), [[1, 2, 3], [4, 5]])
pairs([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0]])
