def solve(board, row, cols, out):
    n = len(board)
    if row == n:
        out.append([r[:] for r in board])
        return
    for c in range(n):
        if c not in cols:
            board[row][c] = "Q"
            cols.add(c)
            solve(board, row + 1, cols, out)
            cols.discard(c)
            board[row][c] = "."
res = []
solve([["."] * 3 for _ in range(3)], 0, set(), res)
print(len(res), res[:1])
