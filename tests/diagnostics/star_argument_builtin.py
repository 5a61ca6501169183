# expect: 3:12: error: starred arguments are not supported yet
def magnitude(p):
    return abs(*p)
print(magnitude([-7]))
