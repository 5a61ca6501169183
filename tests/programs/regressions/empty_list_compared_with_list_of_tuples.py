# `u == []` on a list of tuples (a parameter, filled by insert in another function) compares
# by value; it was refused as "always False" once.
def empty(u):
    return u == []


def fill(u, n):
    for i in range(n):
        u.insert(0, (i, str(i)))


def main():
    u = []
    print(empty(u), u == [], [] == u)
    fill(u, 2)
    print(empty(u), u == [], [] != u, u)
    path = []
    best = 0.0
    if path == [] or best > 1.0:
        path = [(1.5, 2)]
    print(path)


main()
