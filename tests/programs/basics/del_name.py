# del name: the variable has no value until it is assigned again; reading it raises
# UnboundLocalError in a function and NameError in the module body (and in functions
# that read the deleted global).


def f():
    x = 5
    print(x)
    del x
    try:
        print(x)
    except UnboundLocalError as ex:
        print("UnboundLocalError:", ex)
    x = 6
    return x


def read_g():
    return g


print(f())
g = [1]
print(read_g())
del g
try:
    print(g)
except NameError as ex:
    print("NameError:", ex)
try:
    print(read_g())
except NameError as ex:
    print("NameError in a function:", ex)
g = [2, 3]
print(read_g())
for i in range(3):
    v = (i, str(i))
    print(v)
    del v
total = 0
for i in range(4):
    if i % 2:
        w = i
    total += w if i % 2 else 0
    if i % 2:
        del w
print(total)
del total, i
print(total)
