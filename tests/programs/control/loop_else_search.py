# for/else and while/else used for searching.
def find_first_multiple(xs, k):
    found = -1
    for x in xs:
        if x % k == 0:
            print("  found multiple of", k, ":", x)
            found = x
            break
    else:
        print("  no multiple of", k)
        return -1
    return found


def first_square_above(limit):
    n = 0
    while n * n <= limit:
        n += 1
        if n > 1000:
            print("  gave up")
            break
    else:
        print("  loop ended normally at", n)
    return n * n


data = [7, 11, 13, 22, 35, 49]
for k in [2, 5, 7, 17]:
    print("k =", k, "result", find_first_multiple(data, k))
for limit in [0, 10, 99, 100, 5000000]:
    print("limit", limit, "->", first_square_above(limit))

primes = []
for n in range(2, 50):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)

count = 0
while count < 3:
    print("tick", count)
    count += 1
else:
    print("while finished with count", count)

for ch in "":
    print("never")
else:
    print("empty loop else runs")
