def build(n):
    d = {}
    for i in range(n):
        d.setdefault(i % 2, []).append(str(i))
    return d
def show(d):
    for k, v in sorted(d.items()):
        print(k, v)
show(build(4))
show({})
