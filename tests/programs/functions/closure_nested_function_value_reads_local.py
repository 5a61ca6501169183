def make_adder(n):
    def inner(x):
        return x + n

    return inner


print(make_adder(2)(3))
