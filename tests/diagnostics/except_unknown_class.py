# expect: 4:8: error: except clauses name builtin exception classes (or a tuple of them) for now
try:
    x = 1
except MyError:
    pass
