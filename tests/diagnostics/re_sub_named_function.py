# expect: 8:19: error: re.sub() with a function that is not a lambda is not supported yet (write lambda m: f(m))
import re


def shout(m):
    return m.group().upper()

print(re.sub("a", shout, "banana"))
