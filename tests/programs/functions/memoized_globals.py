# Memoization with a global list cache and call counters updated via `global`.
memo = [-1] * 81
calls_plain = 0
calls_memo = 0


def fib_plain(n):
    global calls_plain
    calls_plain += 1
    if n < 2:
        return n
    return fib_plain(n - 1) + fib_plain(n - 2)


def fib_memo(n):
    global calls_memo
    calls_memo += 1
    if memo[n] >= 0:
        return memo[n]
    if n < 2:
        memo[n] = n
    else:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]


def ways_to_climb(n, steps):
    table = [0] * (n + 1)
    table[0] = 1
    for i in range(1, n + 1):
        for s in steps:
            if s <= i:
                table[i] += table[i - s]
    return table[n]


for n in [1, 5, 10, 20]:
    before = calls_plain
    v = fib_plain(n)
    print("fib_plain", n, "=", v, "calls", calls_plain - before)
for n in [10, 20, 50, 80]:
    before = calls_memo
    v = fib_memo(n)
    print("fib_memo", n, "=", v, "calls", calls_memo - before)
print("cached entries:", sum(1 for m in memo if m >= 0))
print("totals", calls_plain, calls_memo)
print(ways_to_climb(10, [1, 2]), ways_to_climb(10, [1, 2, 3]), ways_to_climb(30, [1, 3, 5]))
print(ways_to_climb(50, [2, 5, 10]))
