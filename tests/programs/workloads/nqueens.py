# Counting N-queens solutions by backtracking with column/diagonal flags.
def place(row, n, cols, diag1, diag2):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        d1 = row + c
        d2 = row - c + n - 1
        if not cols[c] and not diag1[d1] and not diag2[d2]:
            cols[c] = True
            diag1[d1] = True
            diag2[d2] = True
            count += place(row + 1, n, cols, diag1, diag2)
            cols[c] = False
            diag1[d1] = False
            diag2[d2] = False
    return count


def solve(n):
    return place(0, n, [False] * n, [False] * (2 * n - 1), [False] * (2 * n - 1))


def first_solution(row, n, queens):
    if row == n:
        return True
    for c in range(n):
        ok = True
        for r in range(row):
            if queens[r] == c or queens[r] - c == r - row or queens[r] - c == row - r:
                ok = False
                break
        if ok:
            queens[row] = c
            if first_solution(row + 1, n, queens):
                return True
    return False


def main():
    for n in range(1, 9):
        print("n =", n, "solutions:", solve(n))
    total = 0
    for rep in range(100):
        total += solve(8)
        if rep % 20 == 0:
            print("repeat", rep, "running total:", total)
    print("total over 100 repeats:", total)
    queens = [-1] * 8
    first_solution(0, 8, queens)
    print("first solution:", queens)
    for r in range(8):
        print(" ".join("Q" if queens[r] == c else "." for c in range(8)))


main()
