# A tuple whose items are tuples of several lengths (and empty ones), indexed by a variable: the place
# holds a tuple of any length of them
rook = (tuple(range(1, 3)), tuple(range(-1, -3, -1)))
queen = rook + rook
pieces = ((), rook, queen, ())
for p in range(4):
    lines = pieces[p]
    print(p, len(lines), lines)
