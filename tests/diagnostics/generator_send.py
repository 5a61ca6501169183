# expect: 7:1: error: generator.send() is not supported yet: pyzc's generators are only iterated (for, next(), list()...)
def gen():
    yield 1


g = gen()
g.send(None)
