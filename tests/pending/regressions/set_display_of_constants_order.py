# fuzz seed 200 (reduced): a set display of 3+ constants prints in a different order.
# CPython compiles {3, 5, -3, 4} to a frozenset constant, which constant merging rebuilds
# (inserting the first frozenset's items in its iteration order), and SET_UPDATE copies that
# table: the print order is neither insertion order nor that of set.add() one by one.
# CPython 3.11 prints {5, 3, 4, -3} for s, {-3, 3, 4, 5} for t; pyzc prints {-3, 3, 4, 5} for both.
# (Only for up to 4 distinct ints is the CPython order that of inserting list(frozenset(items)).)
s = {3, 5, -3, 4}
print(s)
t = set()
for e in [3, 5, -3, 4]:
    t.add(e)
print(t)
