# list.append(p) and insert where a while or if test showed p is not None: the list holds the values
# (not "int | None"), so a function returning it or None has one return type.


def walk_back(parents, start):
    p = start
    path = []
    while p is not None:
        path.append(p)
        p = parents[p]
    if len(path) > 10:
        return None
    path.reverse()
    return path


parents = {5: 3, 3: 1, 1: None, 9: None}
print(walk_back(parents, 5), walk_back(parents, 9))
firsts = []
for k in [5, 2, 9]:
    got = parents.get(k)
    if got is not None:
        firsts.insert(0, got)
print(firsts, sum(firsts))
