# expect: 5:7: error: inc() takes 1 positional argument but 2 were given
def inc(a):
    return a + 1

print(inc(1, 2))
