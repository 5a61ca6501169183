# expect: 8:7: error: max() of tuple[int, int] | None values is not supported (items that may be None are supported when the others are int, float, bool or str)
def pair(n):
    if n > 0:
        return (n, n)
    return None


print(max([pair(1), pair(2)]))
