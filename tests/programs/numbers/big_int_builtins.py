# Builtins over big ints: bin/hex/oct, %-formatting, str.format, max/min/sorted, divmod, pow, round
x = 2**70 + 3
print(bin(x), hex(x), oct(x), hex(-x))
print("%d %5d %x %o %s %r" % (x, x, x, x, x, x))
print("{} {:>30} {:x}".format(x, x, x))
print(str(x).zfill(30), repr(-x), abs(-x), max(x, 3), min([x, -x, 0]), sorted([x, -x, 0]))
print(divmod(-x, 7), pow(x, 2), x ** 2 // x, round(x, -5), round(x))
print(chr(65), ord("a"), x.bit_length(), (-x).bit_count(), int(x), int(-x))
print(round(-(2**70) - 50000, -5), round(2**70 + 50000, -5), round(15 * 10**30, -31), round(25 * 10**30, -31), round(7, 2**70))
