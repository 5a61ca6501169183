# fuzz seed 20017: print(g, f()) printed the value of the global g after f() assigned it: a global read
# was left in place instead of taken when evaluated (CPython evaluates operands left to right).
g = 1


def f():
    global g
    g = g + 5
    return 0


print(g, f())
x = g + f()
print(x, g)
lst = [g, f(), g]
print(lst)
t = (g, f())
print(t, g)
def h(a, b):
    return a * 10 + b
print(h(g, f()))
s = "a"
def app():
    global s
    s = s + "b"
    return "c"
print(s + app(), s)
print(f"{g} {f()} {g}")
def bump():
    global g
    g = 100
    return 1
g = 5
g += bump()
print(g)
