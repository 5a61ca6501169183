def empty():
    return []
print(empty())
xs = empty()
xs.append("a")
print(xs, len(empty()))
def wrap():
    return empty()
ys = wrap()
ys.append(2.5)
print(ys)
def tree(n):
    if n == 0:
        return {}
    t = tree(n - 1)
    t[n] = [n]
    return t
print(tree(3))
