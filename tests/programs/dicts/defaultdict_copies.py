# defaultdict(factory, mapping) and defaultdict(None, mapping): copies; a None factory raises KeyError; compared with and found among other dicts
from collections import defaultdict
board = defaultdict(int)
board[(0, 1)] = 1
board[(1, 1)] += 2
frozen = defaultdict(None, board)
print(frozen, frozen == board, board[(5, 5)], len(board), len(frozen))
history = [defaultdict(None, board)]
print(board in history, history)
try:
    print(frozen[(9, 9)])
except KeyError as e:
    print("KeyError", e)
copy = defaultdict(list, {"a": [1]})
copy["b"].append(2)
print(copy)
