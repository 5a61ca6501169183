def add(rows, k):
    rows.append({k: [k]})
    return rows
print(add([], "z"))
print(add(rows=[{}], k="y"))
