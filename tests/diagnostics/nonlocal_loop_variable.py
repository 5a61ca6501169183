# expect: 6:13: error: 'i' is nonlocal; assigning it here (a loop variable, unpacking, del) is not supported yet
def outer():
    i = 0
    def walk():
        nonlocal i
        for i in range(3):
            pass
    walk()
    return i
