# expect: 4:12: error: a lambda that reads 'k', a variable of the enclosing function, is not supported yet as a value (only as a key= or reduce() function)
def scale_all(xs, k):
    out = []
    func = lambda x: x * k
    for x in xs:
        out.append(func(x))
    return out


print(scale_all([1, 2], 3))
