# Sieve of Eratosthenes up to 2,000,000.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for m in range(p * p, limit + 1, p):
                is_prime[m] = False
        p += 1
    return is_prime


def main():
    limit = 2000000
    flags = sieve(limit)
    count = 0
    last = []
    for n in range(limit + 1):
        if flags[n]:
            count += 1
            last.append(n)
            if len(last) > 10:
                last.pop(0)
    print("primes up to", limit, ":", count)
    print("last primes:", last)
    print("count below 1000:", sum(1 for n in range(1000) if flags[n]))


main()
