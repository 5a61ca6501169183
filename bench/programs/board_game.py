# A board game simulated over a list of strings: each row is a str, moves rebuild rows
# with slicing and concatenation, and the board is scored by counting characters.


def new_board(width, height):
    return ["." * width for _ in range(height)]


def place(board, x, y, ch):
    row = board[y]
    board[y] = row[:x] + ch + row[x + 1:]


def step(board, width, height):
    nxt = []
    for y in range(height):
        row = ""
        above = board[y - 1] if y > 0 else "." * width
        below = board[y + 1] if y + 1 < height else "." * width
        cur = board[y]
        for x in range(width):
            n = 0
            for k, r in enumerate((above, cur, below)):
                if x > 0 and r[x - 1] == "#":
                    n += 1
                if r[x] == "#" and k != 1:
                    n += 1
                if x + 1 < width and r[x + 1] == "#":
                    n += 1
            if cur[x] == "#":
                row += "#" if n == 2 or n == 3 else "."
            else:
                row += "#" if n == 3 else "."
        nxt.append(row)
    return nxt


def main():
    width, height = 64, 48
    board = new_board(width, height)
    state = 99
    for _ in range(900):
        state = (state * 1103515245 + 12345) % 2147483648
        place(board, state % width, (state >> 8) % height, "#")
    for gen in range(150):
        board = step(board, width, height)
        if gen % 50 == 0:
            print(gen, sum(row.count("#") for row in board))
    print("\n".join(board[:5]))
    print("alive:", "".join(board).count("#"))


main()
