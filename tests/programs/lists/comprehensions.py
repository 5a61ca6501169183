# List comprehensions with filters, nesting and string/float elements.
nums = list(range(-5, 11))
print(nums)
squares = [n * n for n in nums]
print(squares)
evens = [n for n in nums if n % 2 == 0]
print(evens)
positives_doubled = [n * 2 for n in nums if n > 0 and n % 3 != 0]
print(positives_doubled)
labels = ["neg" if n < 0 else "zero" if n == 0 else "pos" for n in nums[3:8]]
print(labels)
words = ["Alpha", "beta", "Gamma", "delta", "epsilon"]
print([w.upper() for w in words if len(w) == 5])
print([w[0] for w in words], [len(w) for w in words])
print([w for w in words if "A" <= w[0] <= "Z"])
pairs = [[x, y] for x in range(1, 4) for y in range(1, 4) if x != y]
print(pairs)
flat = [v for row in [[1, 2], [3], [4, 5, 6]] for v in row]
print(flat)
table = [[i * j for j in range(1, 5)] for i in range(1, 4)]
print(table)
halves = [x / 2 for x in range(6)]
print(halves)
celsius = [-10.0, 0.0, 21.5, 37.0, 100.0]
fahrenheit = [c * 9.0 / 5.0 + 32.0 for c in celsius]
print(fahrenheit)
hot = [f for f in fahrenheit if f > 70.0]
print(hot, len(hot))
chars = [ch for ch in "Hello, World!" if ch.isalpha()]
print(chars, "".join(chars))
bools = [n % 3 == 0 for n in range(7)]
print(bools)
triangle = [[1] * k for k in range(1, 5)]
print(triangle)
primes = [n for n in range(2, 40) if all(n % d != 0 for d in range(2, n))]
print(primes)
