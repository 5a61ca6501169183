# sum(items, start) with an int start and float items is the int start itself when there are no
# items (CPython prints 3, not 3.0), and a float otherwise: a number of several types.
lf = [1.5]
lf.pop()
print(sum(lf, 3))
print(sum([0.5, 0.25], 1), sum([1, 2.5], 0), sum([True, 2.0], 0), sum([-0.0], 0), sum([], 0.0))
total = sum(lf, 0)
print(total == 0, total + 1, total / 2, total)
lf.append(2.5)
total = sum(lf, 0)
print(total == 0, total + 1, total / 2, total)
print(sum([1, 2.5, True], 10), sum((x / 2 for x in range(3)), 1), sum([1.5, 2.5]))
