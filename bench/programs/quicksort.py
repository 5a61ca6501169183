# Quicksort with list comprehensions over 200,000 pseudo-random numbers.


def lcg_numbers(count, seed):
    numbers = []
    state = seed
    for _ in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        numbers.append(state % 1_000_000)
    return numbers


def quicksort(items):
    if len(items) <= 1:
        return items
    pivot = items[len(items) // 2]
    less = [x for x in items if x < pivot]
    equal = [x for x in items if x == pivot]
    greater = [x for x in items if x > pivot]
    return quicksort(less) + equal + quicksort(greater)


def main():
    data = lcg_numbers(200_000, 42)
    result = quicksort(data)
    print("count:", len(result))
    print("min:", result[0], "max:", result[-1])
    print("median:", result[len(result) // 2])
    print("sorted:", all(result[i] <= result[i + 1] for i in range(len(result) - 1)))
    print("matches sorted():", result == sorted(data))
    checksum = 0
    for i, x in enumerate(result):
        checksum = (checksum * 31 + x * (i + 1)) % 1_000_000_007
    print("checksum:", checksum)


main()
