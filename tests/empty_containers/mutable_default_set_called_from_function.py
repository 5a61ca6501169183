def remember(x, seen=set()):
    if x in seen:
        return True
    seen.add(x)
    return False
def run():
    out = []
    for w in ["a", "b", "a"]:
        out.append(remember(w))
    return out
print(run())
print(remember("b"))
