# expect: 4:1: error: cannot store a int in a list[None]; a list's items keep the type it was built with: to hold None and other values, build it with both (e.g. [None, 0])
# A list built with only None items cannot take ints later (its items keep one type).
board = [None] * 3
board[0] = 1
print(board)
