# Functional quicksort with list comprehensions on LCG-generated data.
def lcg_list(n, seed):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 1000000)
    return out


def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    less = [x for x in xs if x < pivot]
    equal = [x for x in xs if x == pivot]
    greater = [x for x in xs if x > pivot]
    return quicksort(less) + equal + quicksort(greater)


def checksum(xs):
    h = 0
    for x in xs:
        h = (h * 31 + x) % 1000000007
    return h


def main():
    data = lcg_list(100000, 42)
    print("first values", data[:8])
    result = quicksort(data)
    print("sorted length", len(result))
    print("smallest", result[:5])
    print("largest", result[-5:])
    ok = all(result[i] <= result[i + 1] for i in range(len(result) - 1))
    print("is sorted", ok)
    print("matches builtin", result == sorted(data))
    print("checksum", checksum(result))


main()
