# list.index of a missing value raises ValueError.
def position_of(items, target):
    return items.index(target)


def lookup_all(items, targets):
    for t in targets:
        print("position of", t, "is", position_of(items, t))


primes = [2, 3, 5, 7, 11, 13, 17, 19]
print("primes:", primes)
lookup_all(primes, [2, 13, 19, 5])
primes.pop()
print("after pop:", primes)
lookup_all(primes, [17, 19])
