def f(acc):
    return [a for a in acc]
r = f([])
r.append("z")
print(r)
