# expect: 3:5: error: nested functions are not supported yet
def outer():
    def inner():
        return 1
    return inner()
