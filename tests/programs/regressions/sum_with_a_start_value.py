# sum(iterable, start) and sum(iterable, start=...) were refused ("sum() takes exactly 1 argument");
# CPython adds the items to the start: int + ints stays int, a float on either side gives float
# (the int start converted once, each int item converted as it is added).
li = [1, 2, 3]
lf = [0.5, 2.25]
print(sum(li, 10), sum(li, start=-4), sum(lf, 0.5), sum(li, 0.5), sum(lf, 3))
print(sum([], 7), sum((e * 2 for e in li), 5), sum([e for e in li], -1), sum({1: 2, 5: 3}, 100))
print(sum([True, False, True], 2), sum(li, True), sum(range(5), 1.5), sum(li, start=False))
big = 9007199254740993
print(sum([0.5], big), sum([1], 9223372036854775806), sum([2**53, 1, 1], 0.0))
total = 0


def items():
    global total
    total += 100
    print('items first')
    return [1, 2]


def begin():
    print('then the start')
    return total


print(sum(items(), begin()))
print(sum(items(), start=begin()))
