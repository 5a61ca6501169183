# Empty sets made by a comprehension and filled through an index later: their items are learnt
# from the adds (a set whose items are not known yet is not one made with other items).
def neighbours(size):
    preds = [set() for _ in range(size)]
    seen = [set()] * 0 + [set() for _ in range(2)]
    for i in range(size):
        preds[i].add(i * 2 % 5)
        preds[i].add(i + 1)
        seen[i % 2].add((i, i + 1))
    return preds, seen


p, s = neighbours(4)
print(p, sorted(s[0]), sorted(s[1]))
