"""A small program to try pyzc on: primes, a word count and some formatting."""


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def main():
    primes = [n for n in range(2, 60) if is_prime(n)]
    print("primes:", primes)
    print(f"{len(primes)} primes, sum {sum(primes):,}, mean {sum(primes) / len(primes):.3f}")
    words = "the quick brown fox jumps over the lazy dog the end".split()
    longest = max(len(w) for w in words)
    for w in sorted(words):
        if words.count(w) > 1:
            print(f"{w:>6} appears {words.count(w)} times")
    print("longest word has", longest, "letters")


if __name__ == "__main__":
    main()
