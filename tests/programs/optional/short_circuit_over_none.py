# `not tags or tags[i] ...` where tags is always None in one instance: the rest of the and/or never runs there
def pick(xs, tags):
    out = []
    for i, x in enumerate(xs):
        if not tags or tags[i] == x:
            out.append(x)
        if tags and tags[i] > "b":
            out.append(x.upper())
    return out
print(pick(["a", "b", "c"], None), pick(["a", "b", "c"], ["a", "x", "c"]))
def scan(words, tags):
    found = []
    for i, w in enumerate(words):
        recognized = w.startswith("a")
        if not recognized and tags and tags[i] in ("x", "y"):
            found.append(tags[i])
        if recognized or tags is not None and tags[i] == "c":
            found.append(w)
    return found
print(scan(["ab", "b", "c"], None), scan(["ab", "b", "c"], ["q", "x", "c"]))
def label(words, tags):
    return [tags[i] if tags else w for i, w in enumerate(words)] + [w.upper() if tags is None else tags[0] for w in words]
print(label(["a", "b"], None), label(["a", "b"], ["x", "y"]))
