class Counter2:
    def bump(self, d, k):
        d[k] = d.get(k, 0) + 1
        return d
c = Counter2()
print(c.bump({}, "a"))
print(c.bump(d={}, k="b"))
