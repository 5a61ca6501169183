"""Prints EXP2_TAB of runtime_c/math.c (run: python3 tools/gen_exp2_table.py, then replace the
table in math.c).

glibc's exp2 (which CPython calls) writes 2**(k/128) = H[k] * (1 + T[k]) with H[k] the double
nearest 2**(k/128) and T[k] the double nearest the relative rest; its table holds, for each k,
the bits of T[k], then the bits of H[k] less k << 45 (so that adding the scaled k puts the
exponent back).  Computed here in decimal at 80 digits, then rounded to nearest; the
standard library is enough.
"""
import struct
from decimal import Decimal, getcontext

getcontext().prec = 80
N = 128


def bits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def main():
    print(f"static const uint64_t EXP2_TAB[2 * {N}] = {{  /* T[k], H[k] - (k << 45): tools/gen_exp2_table.py */")
    for k in range(0, N, 2):
        row = []
        for j in (k, k + 1):
            v = Decimal(2) ** (Decimal(j) / N)
            h = float(v)
            t = float((v - Decimal(h)) / Decimal(h))
            row += [f"0x{bits(t):016x}", f"0x{(bits(h) - (j << 45)) & (2**64 - 1):016x}"]
        print("    " + ", ".join(row) + ",")
    print("};")


if __name__ == "__main__":
    main()
