# map() and filter() as the argument of tuple(), as in plcfrs (realworld): lazily, in order
def noisy(s):
    print("int of", s)
    return int(s)


print(tuple(map(noisy, "123")), tuple(filter(None, [0, 1, 2, 0])), tuple(map(len, [])))
spans = "1,2;3;4,5,6".split(";")
print(tuple(tuple(map(int, b.split(","))) for b in spans))
print(tuple(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
