# Big ints held everywhere an int can be: fields, closures, generator frames, lists and dicts that live
# through many collections, numbers of several types, optional ints (runtime_c/int.c, gc.c)
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def grow(self, rate):
        self.balance = self.balance * rate + 1
        return self.balance


def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def make_counter(start):
    n = start

    def step(k):
        nonlocal n
        n = n * k
        return n
    return step


acct = Account("ann", 10**15)
for _ in range(5):
    acct.grow(10**6)
print(acct.owner, acct.balance)

g = fibs()
first = [next(g) for _ in range(120)]
print(first[-3:], sum(first))

step = make_counter(3)
for k in range(2, 30):
    step(k)
print(step(1))

# many temporaries: the collector runs often; the list's big ints must stay intact
keep = []
table = {}
x = 7
for i in range(3000):
    x = (x * x + i) % (2**521 - 1)
    if i % 100 == 0:
        keep.append(x)
        table[i] = x * 3
junk = [[j * 2**80 for j in range(50)] for _ in range(200)]
print(len(junk), keep[5] % 1000003, table[2900] % 999983, sum(keep) % 10**9)
print(keep[-1] == x or keep[-1] < x or keep[-1] > x)

# an int that becomes a float, and back
v = 1
v = v * 2**70
print(v, type(v).__name__)
v = v / 3
print(v)

# int or None
def find(xs, want):
    for x in xs:
        if x > want:
            return x
    return None


print(find([1, 2**64, 2**65], 2**64), find([1, 2], 2**64))
