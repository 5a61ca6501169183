def apply(f, v):
    return f(v)


def run(k):
    return apply(lambda x: x + k, 1)


print(run(2))
