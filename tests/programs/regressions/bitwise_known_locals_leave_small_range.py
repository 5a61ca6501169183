# ~, ^ and & of ints whose values the compiler knows, with results below -2**63 + 2**60: big words, not raw C ints.
a = 2 ** 63 - 2 ** 59
print(~a)
x = -(2 ** 62)
y = 2 ** 62 + 5
print(x ^ y, x & y, x | y)
p = -(2 ** 63) + 3 * 2 ** 60
q = -(2 ** 62) + 2 ** 59
print(p & q, ~p, p ^ 7)


def masks():
    m = 2 ** 62 - 1
    n = -(2 ** 62)
    out = []
    for i in range(4):
        out.append((~(m + i)) & (n - i))
        out.append((m - i) ^ (n + i))
    return out


print(masks())
print([~v for v in (2 ** 62, 2 ** 63 - 1, -(2 ** 62), 7)])
