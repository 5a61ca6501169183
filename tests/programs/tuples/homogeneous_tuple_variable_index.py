# A tuple whose items share a type, indexed by a variable (random.choice on a tuple too).
import random

dirs = ((0, 1), (1, 0), (0, -1), (-1, 0))
names = ("north", "east", "south", "west")
for i in range(len(names)):
    print(names[i], dirs[i], names[-1 - i])
random.seed(7)
print(random.choice(names), random.choice(dirs), random.choice((1.5, 2.5, 3.5)))
k = 2
t = (10, 20, 30)
t2 = t
print(t[k] + t2[k - 3])
for bad in (3, -4):
    try:
        print(t[bad + 0])
    except IndexError as e:
        print("IndexError:", e)
same = tuple(t)
print(same, same == t)
