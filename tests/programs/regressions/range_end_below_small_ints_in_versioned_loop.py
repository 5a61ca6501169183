# A range loop that indexes a list is versioned on `end <= len(xs)` (passes/version_loops.py).  Its
# end is a C integer (the int as int64): one below PYZ_SMALL_MIN (-2**63 + 2**60) was compared as an int
# word, read as a big int's address, and the program crashed.
def count(flags, stop):
    c = 0
    for i in range(2, stop):
        if flags[i]:
            c += 1
    return c


def main():
    flags = [True] * 10
    print(count(flags, 8))
    print(count(flags, -2**63 + 5))
    print(count(flags, -2**62))
    print(count(flags, -2**63))
    print(count(flags, -2**63 + 2**60 - 1), count(flags, -2**63 + 2**60))


main()
