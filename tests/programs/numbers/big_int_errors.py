# CPython's exceptions from big ints (runtime_c/int.c, long.c), caught and printed
import math

big = 10**400
cases = ["float", "str", "int", "index", "truediv", "shift", "powmod", "mod0", "floordiv0", "round", "format",
         "isqrt", "factorial"]
for case in cases:
    try:
        if case == "float":
            print(float(big))
        elif case == "str":
            print(len(str(10**5000)))
        elif case == "int":
            print(int("7" * 4301))
        elif case == "index":
            print([1, 2, 3][2**100])
        elif case == "truediv":
            print(big / 7)
        elif case == "shift":
            print(big << -1)
        elif case == "powmod":
            print(pow(big, 2, 0))
        elif case == "mod0":
            print(big % 0)
        elif case == "floordiv0":
            print(big // 0)
        elif case == "round":
            print(round(2**70 + 0.5))
        elif case == "format":
            print(f"{big:.3f}")
        elif case == "isqrt":
            print(math.isqrt(-(2**100)))
        else:
            print(math.factorial(-5))
    except (OverflowError, ValueError, IndexError, ZeroDivisionError) as e:
        print(case, type(e).__name__, e)
print(len(str(10**4299)), str(-(10**4299))[:5])
print(big // 10**399, -big // 10**399, big % 9, 2**64 / 2**10)
