# A list built with only None items takes ints later: it is made with items that may be None.
board = [None] * 3
board[0] = 1
print(board)
