# expect: 3:12: error: eval() is not supported: pyzc compiles a program ahead of time (a compiled program has no interpreter to run code made at run time)
def calc(text):
    return eval(text)


print(calc("1 + 2"))
