# expect: 4:25: error: a computed default value of a lambda is not supported here yet (inside another lambda or a class body, in a key=, or read with a comprehension's variable; a number, string, bool or None is; or make it a nested def)
def table(n):
    # the body reads j, a variable of the comprehension around the lambda
    return [lambda x, i=j * 2: x + i + j for j in range(n)]


print([f(1) for f in table(3)])
