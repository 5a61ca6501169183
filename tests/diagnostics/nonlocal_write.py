# expect: 4:9: error: nonlocal statements are not supported yet
def counter():
    def bump():
        nonlocal n
        n += 1
    n = 0
    bump()
    return n
