# `if x is None: x = {}`: after it, x is not None on either path, so it is used as a value unchecked.
def count(words, table=None):
    if table is None:
        table = {}
    for w in words:
        table[w] = table.get(w, 0) + 1
    return table


def collect(n, out=None, scale=None):
    if out is None:
        out = []
    if scale is not None:
        pass
    else:
        scale = 2
    for i in range(n):
        out.append(i * scale)
    out[0] = -1
    return out


def label(name=None):
    if name is None:
        print("no name given")
        name = "anon"
    return name.upper() + "!"


print(count(["a", "b", "a"]), count(["c"], {"z": 9}))
print(collect(3), collect(2, [7], 10))
print(label(), label("bo"))
