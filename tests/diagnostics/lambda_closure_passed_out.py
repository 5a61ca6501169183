# expect: 3:12: error: calling '<lambda>' here is not supported yet: it reads 'k', a variable of the function that defines it, and can be called only there
def apply(f, v):
    return f(v)


def run(k):
    return apply(lambda x: x + k, 1)


print(run(2))
