"""A CPython program with one hot module (bench/hybrid.py runs it three ways: all Python, with hot
compiled by `pyzc build --module`, and compiled whole by `pyzc build`)."""
import hot

print(hot.fib(27))
print(hot.count_primes(300000))
print(hot.collatz_longest(100000))
xs = list(range(1000))
t = 0
for i in range(2000):
    t += hot.total(xs)
print(t)
s = 0
for i in range(200000):
    s = hot.add(s, i)
print(s)
