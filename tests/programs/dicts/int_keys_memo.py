# Int keys: memoised Fibonacci, cached Collatz lengths and a dice histogram.
fib_memo = {0: 0, 1: 1}


def fib(n):
    if n in fib_memo:
        return fib_memo[n]
    v = fib(n - 1) + fib(n - 2)
    fib_memo[n] = v
    return v


print([fib(n) for n in range(15)])
print("fib(80) =", fib(80), "memo size", len(fib_memo))

collatz_cache = {1: 1}


def collatz_len(n):
    steps = []
    while n not in collatz_cache:
        steps.append(n)
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
    length = collatz_cache[n]
    for k in reversed(steps):
        length += 1
        collatz_cache[k] = length
    return collatz_cache[steps[0]] if len(steps) > 0 else length


best = 1
for start in range(1, 3000):
    if collatz_len(start) > collatz_len(best):
        best = start
print("longest chain under 3000 starts at", best, "length", collatz_len(best))
print("cache size", len(collatz_cache), "27 ->", collatz_cache[27], "97 ->", collatz_cache[97])

seed = 12345
hist = {}
for roll in range(600):
    seed = (seed * 1103515245 + 12345) % 2147483648
    a = seed % 6 + 1
    seed = (seed * 1103515245 + 12345) % 2147483648
    b = seed % 6 + 1
    hist[a + b] = hist.get(a + b, 0) + 1
for total in sorted(hist):
    print(f"{total:>2} {hist[total]:>3} " + "*" * (hist[total] // 5))
print(sum(hist.values()), min(hist), max(hist))

squares_of = {}
for n in range(-4, 5):
    squares_of[n * n] = squares_of.get(n * n, 0) + 1
print(squares_of)

id_to_name = {1042: "widget", 7: "gear", 300: "spring"}
id_to_name[55] = "cog"
for ident in sorted(id_to_name):
    print(ident, id_to_name[ident])
print(id_to_name)
print(id_to_name.pop(7), id_to_name, 7 in id_to_name)
