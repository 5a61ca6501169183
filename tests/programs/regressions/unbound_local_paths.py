# Reads of a local that some path never assigned raise UnboundLocalError, catchable as
# NameError; reads that every path assigns (both branches, loop bodies that always run
# before the read, try bodies, except handlers) are fine.
def pick(flag, n):
    if flag:
        label = "yes"
    for i in range(n):
        last = i
    try:
        return label + str(last)
    except UnboundLocalError as e:
        return "unbound: " + str(e)


def both_branches(x):
    if x > 0:
        sign = 1
    else:
        sign = -1
    while True:
        step = sign * 2
        break
    return sign + step


def float_after_try(s):
    try:
        v = float(s)
    except ValueError:
        pass
    return v * 2


def counted(xs):
    for x in xs:
        total = x
    else:
        done = True
    return total, done


print(pick(True, 3))
print(pick(False, 3))
print(pick(True, 0))
print(both_branches(5), both_branches(-5))
print(float_after_try("1.5"))
try:
    print(float_after_try("nope"))
except NameError as e:
    print("as NameError:", e)
print(counted([4, 5]))
try:
    print(counted([]))
except UnboundLocalError as e:
    print("caught", e)
n = 0
while n < 3:
    n += 1
    if n == 2:
        seen = n
print(seen)
