def walk(n, path):
    if n == 0:
        print(path)
        return
    walk(n - 1, path + [str(n)])
walk(3, [])
