# Sizes computed from the program's numbers that cannot be had: CPython raises OverflowError
# (a length past sys.maxsize) or MemoryError (a length that fits but cannot be allocated).
# Nothing may crash, and a huge request must fail before it touches memory.
half = 2**62
maxint = half - 1 + half
big = "x" * 2**20

n = maxint
try:
    r = len("ab" * n)
    print("'ab' * maxint", "ok", r)
except OverflowError as e:
    print("'ab' * maxint", "OverflowError", e)
except MemoryError as e:
    print("'ab' * maxint", "MemoryError", repr(str(e)))

n = half
try:
    r = len("ab" * n)
    print("'ab' * 2**62", "ok", r)
except OverflowError as e:
    print("'ab' * 2**62", "OverflowError", e)
except MemoryError as e:
    print("'ab' * 2**62", "MemoryError", repr(str(e)))

n = half // 2
try:
    r = len("ab" * n)
    print("'ab' * 2**61", "ok", r)
except OverflowError as e:
    print("'ab' * 2**61", "OverflowError", e)
except MemoryError as e:
    print("'ab' * 2**61", "MemoryError", repr(str(e)))

n = maxint
try:
    r = len("a" * n)
    print("'a' * maxint", "ok", r)
except OverflowError as e:
    print("'a' * maxint", "OverflowError", e)
except MemoryError as e:
    print("'a' * maxint", "MemoryError", repr(str(e)))

n = half
try:
    r = len("é" * n)
    print("'é' * 2**62", "ok", r)
except OverflowError as e:
    print("'é' * 2**62", "OverflowError", e)
except MemoryError as e:
    print("'é' * 2**62", "MemoryError", repr(str(e)))

n = 2**40
try:
    r = len(n * "ab")
    print("'ab' * 2**40", "ok", r)
except OverflowError as e:
    print("'ab' * 2**40", "OverflowError", e)
except MemoryError as e:
    print("'ab' * 2**40", "MemoryError", repr(str(e)))

n = maxint
try:
    r = len([0] * n)
    print('[0] * maxint', "ok", r)
except OverflowError as e:
    print('[0] * maxint', "OverflowError", e)
except MemoryError as e:
    print('[0] * maxint', "MemoryError", repr(str(e)))

n = 10**10
try:
    r = len([0] * n)
    print('[0] * 10**10', "ok", r)
except OverflowError as e:
    print('[0] * 10**10', "OverflowError", e)
except MemoryError as e:
    print('[0] * 10**10', "MemoryError", repr(str(e)))

n = half
try:
    r = len([0, 1] * n)
    print('[0, 1] * 2**62', "ok", r)
except OverflowError as e:
    print('[0, 1] * 2**62', "OverflowError", e)
except MemoryError as e:
    print('[0, 1] * 2**62', "MemoryError", repr(str(e)))

n = 2**40
try:
    r = len(["x"] * n)
    print("['x'] * 2**40", "ok", r)
except OverflowError as e:
    print("['x'] * 2**40", "OverflowError", e)
except MemoryError as e:
    print("['x'] * 2**40", "MemoryError", repr(str(e)))

n = 2**40
try:
    r = len(n * [1.5])
    print('[1.5] * 2**40', "ok", r)
except OverflowError as e:
    print('[1.5] * 2**40', "OverflowError", e)
except MemoryError as e:
    print('[1.5] * 2**40', "MemoryError", repr(str(e)))

n = half
try:
    r = len("a".ljust(n))
    print('ljust 2**62', "ok", r)
except OverflowError as e:
    print('ljust 2**62', "OverflowError", e)
except MemoryError as e:
    print('ljust 2**62', "MemoryError", repr(str(e)))

n = maxint
try:
    r = len("a".ljust(n, "é"))
    print('ljust maxint', "ok", r)
except OverflowError as e:
    print('ljust maxint', "OverflowError", e)
except MemoryError as e:
    print('ljust maxint', "MemoryError", repr(str(e)))

n = half
try:
    r = len("a".rjust(n))
    print('rjust 2**62', "ok", r)
except OverflowError as e:
    print('rjust 2**62', "OverflowError", e)
except MemoryError as e:
    print('rjust 2**62', "MemoryError", repr(str(e)))

n = half
try:
    r = len("a".center(n, "*"))
    print('center 2**62', "ok", r)
except OverflowError as e:
    print('center 2**62', "OverflowError", e)
except MemoryError as e:
    print('center 2**62', "MemoryError", repr(str(e)))

n = half
try:
    r = len("-1".zfill(n))
    print('zfill 2**62', "ok", r)
except OverflowError as e:
    print('zfill 2**62', "OverflowError", e)
except MemoryError as e:
    print('zfill 2**62', "MemoryError", repr(str(e)))

n = maxint
try:
    r = len("1".zfill(n))
    print('zfill maxint', "ok", r)
except OverflowError as e:
    print('zfill maxint', "OverflowError", e)
except MemoryError as e:
    print('zfill maxint', "MemoryError", repr(str(e)))

n = 2**40
try:
    r = len("a".ljust(n))
    print('ljust 2**40', "ok", r)
except OverflowError as e:
    print('ljust 2**40', "OverflowError", e)
except MemoryError as e:
    print('ljust 2**40', "MemoryError", repr(str(e)))

n = half
try:
    r = len("a\tb".expandtabs(n))
    print('expandtabs 2**62', "ok", r)
except OverflowError as e:
    print('expandtabs 2**62', "OverflowError", e)
except MemoryError as e:
    print('expandtabs 2**62', "MemoryError", repr(str(e)))

n = 2**31
try:
    r = len("a\t\tb".expandtabs(n))
    print('expandtabs 2**31', "ok", r)
except OverflowError as e:
    print('expandtabs 2**31', "OverflowError", e)
except MemoryError as e:
    print('expandtabs 2**31', "MemoryError", repr(str(e)))

n = -2**40
try:
    r = len("a\tb".expandtabs(n))
    print('expandtabs -2**40', "ok", r)
except OverflowError as e:
    print('expandtabs -2**40', "OverflowError", e)
except MemoryError as e:
    print('expandtabs -2**40', "MemoryError", repr(str(e)))

n = -5
try:
    r = len("a\tb".expandtabs(n))
    print('expandtabs -5', "ok", r)
except OverflowError as e:
    print('expandtabs -5', "OverflowError", e)
except MemoryError as e:
    print('expandtabs -5', "MemoryError", repr(str(e)))

n = 3
try:
    r = len("é\tb\n\tc".expandtabs(n))
    print('expandtabs 3', "ok", r)
except OverflowError as e:
    print('expandtabs 3', "OverflowError", e)
except MemoryError as e:
    print('expandtabs 3', "MemoryError", repr(str(e)))

n = 2**20
try:
    r = len(("a" * 2**44 if False else "abcd" * 2**20).replace("", "x" * n))
    print('replace x*2**20 into 2**44 gaps', "ok", r)
except OverflowError as e:
    print('replace x*2**20 into 2**44 gaps', "OverflowError", e)
except MemoryError as e:
    print('replace x*2**20 into 2**44 gaps', "MemoryError", repr(str(e)))

n = 2**21
try:
    r = len(",".join([big] * n))
    print('join 2**21 of 2**20', "ok", r)
except OverflowError as e:
    print('join 2**21 of 2**20', "OverflowError", e)
except MemoryError as e:
    print('join 2**21 of 2**20', "MemoryError", repr(str(e)))

print("still running")
