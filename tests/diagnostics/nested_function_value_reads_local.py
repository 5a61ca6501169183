# expect: 9:7: error: calling 'inner' here is not supported yet: it reads 'n', a variable of the function that defines it, and can be called only there
def make_adder(n):
    def inner(x):
        return x + n

    return inner


print(make_adder(2)(3))
