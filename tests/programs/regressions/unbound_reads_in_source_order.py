# When several variables of one expression may be unassigned, the error names the first one
# Python reads (left to right), not the first one the compiled code happens to use.
# Found by the fuzzer (seed 1001028): `u0 + len(u1)` named u1.
def first_of_two(n):
    m = n
    while m:
        u0 = m
        m -= 1
    if n > 5:
        u1 = 'f'
    return u0 + len(u1)


def in_a_call(flag):
    if flag:
        a = 1
        b = 2
    print(max(a, abs(b)))


def printed(flag):
    if flag:
        x = "x"
    y = 3 if flag else 0
    if flag:
        z = [1]
    print(y, x, len(z))


def in_a_subscript(flag):
    if flag:
        xs = [1, 2]
        i = 0
    return xs[len(str(i))]


for step in range(5):
    try:
        if step < 2:
            print(first_of_two(step * 2))
        elif step == 2:
            in_a_call(False)
        elif step == 3:
            printed(False)
        else:
            print(in_a_subscript(False))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
print(first_of_two(7))
