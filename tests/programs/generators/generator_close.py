def count():
    n = 0
    while True:
        yield n
        n += 1


g = count()
print(next(g), next(g))
g.close()
print(next(g, -1), list(g))
g.close()
h = count()
h.close()
print(list(h))
