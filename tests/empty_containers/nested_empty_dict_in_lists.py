rows = [[{}]]
rows[0][0]["k"] = 1
print(rows)
def deep(x):
    x[0][0]["z"] = [2.5]
    return x
print(deep([[{}]]))
