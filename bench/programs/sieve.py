# Sieve of Eratosthenes up to five million.


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
    return is_prime


def main():
    limit = 5_000_000
    is_prime = sieve(limit)
    count = 0
    total = 0
    largest = 0
    for n in range(limit + 1):
        if is_prime[n]:
            count += 1
            total += n
            largest = n
    print(f"primes up to {limit}: {count}")
    print("sum:", total)
    print("largest:", largest)


main()
