"""A tiny stack machine: a hot loop that branches on the data it reads."""


def run(program, n):
    acc = 0
    pc = 0
    steps = 0
    while steps < n:
        op = program[pc]
        if op == 0:
            acc += 1
        elif op == 1:
            acc -= 1
        elif op == 2:
            acc *= 2
        elif op == 3:
            acc = acc % 1000
        pc = (pc + 1) % len(program)
        steps += 1
    return acc


print(run([0, 0, 2, 1, 3, 0], 10000))
