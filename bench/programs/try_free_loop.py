# The loop of try_in_loop.py without the try: the division by zero is tested explicitly.
def run(n):
    total = 0
    errors = 0
    for i in range(1, n):
        d = i % 100000
        if d == 0:
            errors += 1
        else:
            total += (i * 7919) % 1000003 // d
    return total, errors


print(run(20000000))
