# expect: 8:22: error: these items are list[float], used where they may be list[int | float] too, but they were made elsewhere and pyzc cannot change a container's item type after it is made; make them here item by item (`[[x for x in r] for r in rows]`)
# The field holds lists of ints from one object and of floats from another; the comprehension's
# items are the caller's lists. The C compiler refused what pyzc emitted (a pyzc bug).


class M:
    def __init__(self, rows):
        self.rows = [r for r in rows]


print(M([[1]]).rows, M([[0.5]]).rows)
