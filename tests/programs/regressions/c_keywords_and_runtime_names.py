# Python names that are C keywords, libc or runtime symbols, or the C names of pyzc's own
# temporaries, globals struct, labels and strings: each is a distinct, working Python variable.
def twice(a):
    return a + a


def twice__int(a):
    return a * 3


def twice_cint(a):
    return a * 4


def int(x):
    return x + 1


def main(printf, malloc):
    double = printf + malloc
    auto = 1
    register = 2
    exit = 3
    pyz_str_concat = "s"
    G = 5
    t1 = 6
    v_x = 7
    return [double, auto, register, exit, G, t1, v_x], pyz_str_concat


print(twice(2), twice("ab"), twice__int(2), twice_cint(2), int(4))
print(main(1, 2))
NULL = 3
errno = 4
stdout = 5
s_1 = "x"
L1 = 1
E1 = 2
ix = 9
err_line = 10
print(NULL, errno, stdout, s_1, L1, E1, ix, err_line)
for char in "ab":
    print(char)
