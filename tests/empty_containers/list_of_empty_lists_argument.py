def f(rows):
    rows[0].append("a")
    return rows
print(f([[], []]))
