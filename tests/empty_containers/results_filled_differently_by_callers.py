def build(n):
    if n == 0:
        return []
    r = build(n - 1)
    r.append(n)
    return r
print(build(3))
def empty():
    return {}
a = empty()
a["x"] = 1
b = empty()
b[2] = "y"
c = empty()
print(a, b, c)
def pair():
    return [], set()
xs, s = pair()
xs.append("q")
s.add(1.5)
print(xs, s)
