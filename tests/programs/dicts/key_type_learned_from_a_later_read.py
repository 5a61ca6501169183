# A dict keyed by tuples whose item type inference learns only in a later round (the list behind
# them is filled by another function): `in` and the stores agree on the key type.
def collect(out, n):
    for j in range(n):
        out.append(j)


def flips(n):
    out = []
    collect(out, n)
    return tuple(out)


seen = {}
for n in range(3):
    f = flips(n)
    if f not in seen:
        seen[f] = n
print(seen)
