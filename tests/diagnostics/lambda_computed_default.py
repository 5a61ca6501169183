# expect: 5:32: error: a computed default value of a lambda that reads a variable of its enclosing function, or is a key=, is not supported yet (a number, string, bool or None is; or make it a nested def)
def scaled(factor):
    out = []
    for i in range(3):
        out.append(lambda x, i=i: x * factor + i)
    return out


print([f(1) for f in scaled(3)])
