# expect: 6:7: error: printing function objects is not supported yet
def greet():
    return "hi"


print(greet)
