# expect: 3:5: error: generators (yield) are not supported yet
def gen():
    yield 1
