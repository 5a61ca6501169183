# expect: 4:9: error: no binding for nonlocal 'total' found
def outer():
    def add():
        nonlocal total
        total += 1
    add()
