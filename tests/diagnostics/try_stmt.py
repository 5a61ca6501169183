# expect: 2:1: error: try statements are not supported yet
try:
    x = 1
except ValueError:
    pass
