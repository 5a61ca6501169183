def f(rows):
    rows.append([x for x in range(3)])
    return rows
print(f([]))
