# sep.join over a list or tuple display of strs (pyzc: one concatenation, no list): the items
# evaluated in order after the separator, separators empty, constant, computed or non-ASCII, one
# item (joined to itself), items that are empty, and an item whose evaluation raises.


def noted(log, s):
    log.append(s)
    return s


def sep_of(log, s):
    log.append("sep:" + s)
    return s


log = []
rows = []
for i in range(6):
    ident, word, score = str(i), "w" * i, str(i * i)
    rows.append("|".join([ident.zfill(4), word.upper(), score.rjust(3)]))
    rows.append(", ".join((ident, word)))
    rows.append("".join([word, ident, "", score]))
    rows.append(sep_of(log, "é→").join([noted(log, ident), noted(log, word), noted(log, score)]))
    rows.append("-".join([word]))
print(rows)
print(log[:8], len(log))

x = "same" * 3
print("-".join([x]) == x, "-".join((x,)) == x, ",".join(["", ""]), repr("".join(["", "", ""])))
parts = ["a", "b"]
print(":".join([parts[0], parts[-1], parts[0] + parts[1], str(len(parts))]))


def item(k):
    if k == 2:
        raise ValueError("item " + str(k))
    print("item", k)
    return str(k)


try:
    print("+".join([item(0), item(1), item(2), item(3)]))
except ValueError as e:
    print("ValueError:", e)
