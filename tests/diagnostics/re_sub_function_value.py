# expect: 9:19: error: re.sub() with a function that is not a lambda or a function's name is not supported yet (write lambda m: f(m))
import re


def shout(m):
    return m.group().upper()

fs = [shout]
print(re.sub("a", fs[0], "banana"))
