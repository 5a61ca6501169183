# itertools.pairwise: each two items in a row, lazily over lists, strings, generators and itertools
import itertools
from itertools import pairwise


def pulls(n):
    for i in range(n):
        print("pull", i)
        yield i * i


print(list(pairwise([1, 2, 4, 7])))
print(list(pairwise("abc")), list(pairwise([5])), list(pairwise([])))
print([b - a for a, b in itertools.pairwise(pulls(4))])
for a, b in pairwise(pulls(5)):
    print("pair", a, b)
    if b > 3:
        break
print(list(itertools.islice(pairwise(itertools.count(3, 2)), 3)))
print(max(pairwise([3, 1, 4, 1, 5]), key=lambda p: p[1] - p[0]))
steps = [(x, y) for (x, y) in pairwise(pulls(3))]
print(steps, all(a <= b for a, b in pairwise(sorted([3, 1, 2]))))
print(list(pairwise(pulls(3)))[0][1] // 0)
