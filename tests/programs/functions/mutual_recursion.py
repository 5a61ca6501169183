# Mutually recursive functions: parity, Hofstadter sequences, expression parsing.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def hof_f(n):
    if n == 0:
        return 1
    return n - hof_m(hof_f(n - 1))


def hof_m(n):
    if n == 0:
        return 0
    return n - hof_f(hof_m(n - 1))


SRC = "2*(3+4)-10/(1+1)+7*2"
pos = 0


def parse_expr():
    global pos
    value = parse_term()
    while pos < len(SRC) and (SRC[pos] == "+" or SRC[pos] == "-"):
        op = SRC[pos]
        pos += 1
        rhs = parse_term()
        value = value + rhs if op == "+" else value - rhs
    return value


def parse_term():
    global pos
    value = parse_atom()
    while pos < len(SRC) and (SRC[pos] == "*" or SRC[pos] == "/"):
        op = SRC[pos]
        pos += 1
        rhs = parse_atom()
        value = value * rhs if op == "*" else value // rhs
    return value


def parse_atom():
    global pos
    if SRC[pos] == "(":
        pos += 1
        value = parse_expr()
        pos += 1
        return value
    start = pos
    while pos < len(SRC) and SRC[pos].isdigit():
        pos += 1
    return int(SRC[start:pos])


for n in [0, 1, 7, 10, 25, 100]:
    print(n, "even" if is_even(n) else "odd", is_odd(n))
print("F:", [hof_f(n) for n in range(15)])
print("M:", [hof_m(n) for n in range(15)])
print(SRC, "=", parse_expr(), "consumed", pos, "of", len(SRC))
