# Five million mixed integer operations kept bounded by a modulus.
MOD = 1000003


def churn(n):
    a = 1
    b = 7
    c = 13
    i = 0
    while i < n:
        a = (a * 31 + b) % MOD
        b = (b + a // 7 - c) % MOD
        c = (c * 3 - a % 97 + i) % MOD
        i += 1
    return a + b + c


def main():
    checkpoints = [1, 10, 1000, 100000]
    for n in checkpoints:
        print("churn", n, "=", churn(n))
    # 5 rounds x 200k iterations x 5 ops per line ~ 5 million operations.
    total = 0
    for r in range(5):
        v = churn(200000 + r)
        total = (total + v) % MOD
        print("round", r, "value", v, "total", total)
    print("final", total)


main()
