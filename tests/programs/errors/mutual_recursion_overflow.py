# Mutual recursion that never reaches its base case raises RecursionError.
def ping(n):
    if n == 0:
        return 0
    return 1 + pong(n - 1)


def pong(n):
    if n == 0:
        return 0
    return 1 + ping(n - 3)


def measure(n):
    depth = ping(n)
    print("depth for", n, "is", depth)
    return depth


total = 0
for start in [0, 4, 8, 40, 400]:
    total += measure(start)
print("total", total)
measure(10)
