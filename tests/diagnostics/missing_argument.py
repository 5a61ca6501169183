# expect: 5:1: error: add() missing 1 required positional argument: 'b'
def add(a, b):
    return a + b

add(1)
