# Longest Collatz chain for starting values below one million, with a cache.
LIMIT = 1000000


def chain_length(start, cache):
    n = start
    steps = 0
    while n >= LIMIT or cache[n] == 0:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps + cache[n]


def main():
    cache = [0] * LIMIT
    cache[1] = 1
    best = 1
    best_len = 1
    for start in range(2, LIMIT):
        length = chain_length(start, cache)
        cache[start] = length
        if length > best_len:
            best_len = length
            best = start
            print("new best", best, "length", best_len)
    print("longest chain under", LIMIT, "starts at", best, "with length", best_len)
    print("chain lengths of 1..10:", cache[1:11])
    print("sum of first 1000 lengths:", sum(cache[1:1001]))


main()
