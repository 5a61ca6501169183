# expect: 4:5: error: generator 'gen' yields str here but int elsewhere; a generator must yield one type
def gen():
    yield 1
    yield "two"


print(list(gen()))
