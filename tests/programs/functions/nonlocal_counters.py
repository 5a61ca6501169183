# nonlocal writes from nested functions: counters, running best/total, a label maker; reads see later writes of the enclosing function.
def counter():
    n = 0
    def bump(k):
        nonlocal n
        n += k
        return n
    bump(1)
    bump(5)
    return n


def running(xs):
    best = xs[0]
    total = 0
    def see(x):
        nonlocal best, total
        total = total + x
        if x > best:
            best = x
    for x in xs:
        see(x)
    return best, total


def make_label(prefix):
    count = 0
    def label(name):
        nonlocal count
        count += 1
        return f"{prefix}-{count}-{name}"
    out = [label("a"), label("b")]
    prefix = "z"
    out.append(label("c"))
    return out, count


print(counter(), running([3, 9, 2, 11, 4]), make_label("p"))
