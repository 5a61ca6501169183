def collect(n, acc=None):
    return acc
def gather(n, acc):
    if n == 0:
        return acc
    acc.append(str(n))
    return gather(n - 1, acc=acc)
print(gather(3, acc=[]))
