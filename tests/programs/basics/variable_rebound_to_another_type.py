# A local variable given a value of another type by one of its function's own statements (not in a
# loop or a branch): the reads before it see the old value, the reads after it the new one.
def digits(grid):
    "Keep the digits of a str."
    print(len(grid), repr(grid))
    grid = [c for c in grid if c in "0123456789"]
    print(len(grid), grid)
    grid = len(grid)
    return grid * 2


def totals(rows):
    rows = [r.split(",") for r in rows.splitlines()]
    rows = [sum(int(x) for x in r) for r in rows]
    total = rows
    for i in range(len(rows)):
        total[i] += 1
    return rows, total is rows


class Scale:
    def __init__(self, factor):
        self.factor = factor

    def apply(self, values):
        values = values.split()
        out = []
        for v in values:
            out.append(float(v) * self.factor)
        values = sum(out)
        return values


def keep(x):
    x = str(x)
    x = x + x
    return x


print(digits("1.2 3x45"))
print(totals("1,2\n3,4,5"))
print(Scale(1.5).apply("1 2 3.5"))
print(keep(12), keep(2.5), keep("ab"))


def unbound(flag):
    if flag:
        y = 1
    y = str(y)  # reads the first y, which may not be assigned
    print(y * 2)
    del y
    return y  # the second y, deleted


for flag in (True, False):
    try:
        unbound(flag)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
