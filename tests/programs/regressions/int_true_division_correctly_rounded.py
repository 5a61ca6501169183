# int / int is the correctly rounded true quotient, as in CPython, also when an operand
# has more than 53 bits (converting it to a float first would round twice).
a = 9007199254740993
print(a / 3, a / 1, -a / 3, a / -3, 3 / a)
MIN = -9223372036854775807 - 1
MAX = 9223372036854775807
edges = [MIN, MIN + 1, -MAX // 2, -(2**53) - 1, -(2**53), -3, -1, 0, 1, 2, 3, 7, 2**52 + 1,
         2**53 - 1, 2**53, 2**53 + 1, 2**53 + 3, 2**54 - 1, 2**62 + 1, MAX - 1, MAX]
for x in edges:
    for y in edges:
        if y != 0:
            print(x, y, x / y, y / x if x != 0 else 0.0)

state = 12345


def next31() -> int:
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state


def rand_bits(bits: int) -> int:
    """A random int of at most `bits` bits (bits <= 63), made of 31-bit pieces."""
    v = (next31() << 32) | (next31() << 1) | (next31() & 1)
    return v >> (63 - bits)


total = 0.0
for i in range(6000):
    kind = i % 4
    if kind == 0:    # near 2**53
        x = 2**53 + rand_bits(20) - 2**19
        y = rand_bits(1 + next31() % 40) + 1
    elif kind == 1:  # near 2**63
        x = MAX - rand_bits(1 + next31() % 62)
        y = rand_bits(1 + next31() % 63) + 1
    elif kind == 2:  # random magnitudes, both sides
        x = rand_bits(1 + next31() % 63)
        y = rand_bits(1 + next31() % 63) + 1
    else:            # huge and tiny ratios
        x = rand_bits(63)
        y = 1 + next31() % 3
    if next31() % 2:
        x = -x
    if next31() % 2:
        y = -y
    q = x / y
    total += q
    if i % 3 == 0:
        print(x, y, q, y / x if x != 0 else 0.0)
print(total)

for x, y in ((1, 0), (MIN, 0), (0, 0)):
    try:
        print(x / y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
