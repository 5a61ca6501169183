# Slice assignment and deletion on lists, with steps, CPython's ValueErrors included.
a = list(range(10))
a[2:5] = [20, 30]
print(a)
a[:0] = (i * i for i in range(3))
print(a)
a[len(a):] = range(100, 103)
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[::-3] = [7] * 5
print(a)
a[1:3] = a
print(a)
del a[1:4]
print(a)
del a[::3]
print(a)
del a[::-2]
print(a)
del a[5:2]
print(a)
b = [1.5, 2.5]
b[1:] = [3.0, 4.0]
print(b)
s = [True] * 10
n = 10
for i in range(2, n):
    if s[i]:
        s[i * i::i] = [False] * ((n - 1 - i * i) // i + 1) if i * i < n else []
print([i for i in range(2, n) if s[i]])
words = ["a", "b", "c", "d"]
words[1:3] = "xyz"
print(words)
del words[:]
print(words, len(words))
e = []
e[:] = [1, 2, 3]
print(e)
try:
    a[::2] = [1, 2]
except ValueError as ex:
    print("ValueError:", ex)
try:
    a[::0] = []
except ValueError as ex:
    print("ValueError:", ex)
try:
    del a[::0]
except ValueError as ex:
    print("ValueError:", ex)


