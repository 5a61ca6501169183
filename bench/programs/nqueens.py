# Count the solutions of the N-queens problem by backtracking.


def solve(n, row, columns, diagonals, anti_diagonals):
    if row == n:
        return 1
    count = 0
    for col in range(n):
        d = row + col
        a = row - col + n - 1
        if columns[col] or diagonals[d] or anti_diagonals[a]:
            continue
        columns[col] = True
        diagonals[d] = True
        anti_diagonals[a] = True
        count += solve(n, row + 1, columns, diagonals, anti_diagonals)
        columns[col] = False
        diagonals[d] = False
        anti_diagonals[a] = False
    return count


def queens(n):
    return solve(n, 0, [False] * n, [False] * (2 * n - 1), [False] * (2 * n - 1))


def main():
    for n in range(4, 13):
        print(f"{n}-queens: {queens(n)} solutions")


main()
