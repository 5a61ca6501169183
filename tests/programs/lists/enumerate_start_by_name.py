# enumerate(xs, start=1): start given by name.  pyzc said "enumerate() takes an iterable and an
# optional start".

for i, c in enumerate("xy", start=1):
    print(i, c)
print(list(enumerate([5, 6], start=-2)), [i for i, _ in enumerate("abc", start=10)])
