# expect: 6:7: error: passing an argument for b (a lambda parameter whose default is computed) is not supported yet
def make(scale):
    return lambda x, b=scale * 2: x * scale + b  # reads scale: the factory is made in make()


print(make(3)(1, 2))
