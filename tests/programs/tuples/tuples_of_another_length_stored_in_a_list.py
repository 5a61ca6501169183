# A list made with tuples of one length that is given a tuple of another length is made with
# tuples of any length; a tuple of known length is stored among tuples of any length converted.
c = [(1, 2)]
c.append((3, 4, 5))
print(c, [len(t) for t in c])
d = [tuple([1])]
d.append((2, 3))
print(d, d[1][1])
a = [(1, 2)]
b = [(1, 2, 3)]
if len(b) > 0:
    a = b
print(a, b)
