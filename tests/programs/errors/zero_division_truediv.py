# True division of ints by zero raises ZeroDivisionError.
def ratio(a, b):
    return a / b


def percentages(parts, whole):
    return [round(ratio(p, whole) * 100, 1) for p in parts]


def table(groups, totals):
    for g, t in zip(groups, totals):
        print("group total", t, "->", percentages(g, t))


groups = [[1, 2, 3], [10, 5], [0, 0]]
totals = [6, 20, 0]
table(groups, totals)
