# Conway's game of life with a set of live (row, col) tuples.
def neighbours(cell):
    r, c = cell
    out = []
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr != 0 or dc != 0:
                out.append((r + dr, c + dc))
    return out


def step(live):
    counts = {}
    for cell in live:
        for n in neighbours(cell):
            counts[n] = counts.get(n, 0) + 1
    nxt = set()
    for cell, k in counts.items():
        if k == 3 or (k == 2 and cell in live):
            nxt.add(cell)
    return nxt


def show(live, rows, cols):
    for r in range(rows):
        line = ""
        for c in range(cols):
            line += "#" if (r, c) in live else "."
        print(line)


glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
board = set(glider)
for gen in range(5):
    print("generation", gen, "alive", len(board))
    show(board, 6, 6)
    board = step(board)
print(sorted(board))

shifted = {(r - 1, c - 1) for r, c in board}
print("glider returned shifted:", shifted == glider)

blinker = {(1, 0), (1, 1), (1, 2)}
b1 = step(blinker)
b2 = step(b1)
print(sorted(b1), sorted(b2), b2 == blinker, b1 == blinker)
print("overlap", sorted(b1 & blinker), "changed", sorted(b1 ^ blinker))
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print("block still life:", step(block) == block, (0, 0) in block, (2, 2) in block)
