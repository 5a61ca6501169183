# expect: 6:7: error: printing generator objects is not supported yet
def gen():
    yield 1


print(gen())
