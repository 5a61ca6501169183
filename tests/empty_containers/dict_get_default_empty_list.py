def f(d, k):
    lst = d.get(k, [])
    lst.append(k)
    d[k] = lst
    return d
print(f({}, "a"))
