# expect: 10:1: error: generator.close() of 'gen', which may stop inside a try statement (its except or finally would run), is not supported yet
def gen():
    try:
        yield 1
    finally:
        print("cleanup")


g = gen()
g.close()
