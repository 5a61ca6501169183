# expect: 6:14: error: a pattern that binds names inside '|' is not supported yet
def f(p):
    match p:
        case (0, y):
            return y
        case (1, y) | (2, y):
            return -y
    return 0


print(f((1, 5)))
