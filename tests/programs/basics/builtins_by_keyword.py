# round(number=, ndigits=), str(object=) and sum(start=) by name, as in CPython; bools and ints round to ints
x = True
print(round(2.675, ndigits=2), round(number=3.5), round(7, ndigits=-1), round(ndigits=1, number=0.25))
print(round(x, 0), abs(-3), abs(x), abs(-2.5))
print(format(3.14159, ".2f"), repr("a"), hash(7) == hash(7), isinstance(x, int))
print(str(object=5), str(object=x), sum([1.5], start=2), sum((i for i in range(3)), start=10))
