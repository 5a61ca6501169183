# re.sub and subn with a function of the program or a lambda (reading the enclosing function's variables).
import re


def shout(m):
    return m.group().upper() + "!"


def double(m):
    return str(int(m.group(1)) * 2)


print(re.sub("a", shout, "banana"))
p = re.compile(r"(\d+)")
print(p.sub(double, "a1 b22"), p.subn(double, "7 8 9", 2))


def f():
    k = 3
    print(re.sub(r"\d", lambda m: str(int(m.group()) + k), "1 2 3"))


f()
