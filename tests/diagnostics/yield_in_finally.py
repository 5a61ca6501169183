# expect: 6:9: error: 'yield' inside an except or finally block is not supported yet
def gen():
    try:
        yield 1
    finally:
        yield 2


print(list(gen()))
