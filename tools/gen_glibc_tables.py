"""Prints the tables of glibc's exp2, exp and pow that runtime_c/math.c holds (run:
python3 tools/gen_glibc_tables.py, then replace EXP2_TAB and POW_LOG_TAB in math.c).

Computed here from their definitions, in decimal at 90 digits, then rounded to nearest (the
standard library is enough); the results equal glibc 2.36's tables bit for bit.
- EXP2_TAB: 2**(k/128) = H[k] * (1 + T[k]) with H[k] the double nearest 2**(k/128) and T[k] the
  double nearest the relative rest; for each k the bits of T[k], then the bits of H[k] less
  k << 45 (so that adding the scaled k puts the exponent back).  exp2, exp and pow share it.
- POW_LOG_TAB: pow's log splits x = 2**k z with z in [0x1.69555p-1, 0x1.69555p0), cut into 128
  intervals by the top bits of z's pattern less 0x3fe69555...; for each, 1/c with few bits near
  1/(the interval's centre) (round(128/centre)/128 below 1, round(256/centre)/256 above), so that
  z/c - 1 is exact; log(c) rounded to a multiple of 2**-43 (so k*ln2hi + logc is exact); and
  the rest of log(c) as a double.
"""
import struct
from decimal import Decimal, getcontext

getcontext().prec = 90
N = 128


def bits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(u: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", u))[0]


def exp2_table():
    print(f"static const uint64_t EXP2_TAB[2 * {N}] = {{  /* T[k], H[k] - (k << 45): tools/gen_glibc_tables.py */")
    for k in range(0, N, 2):
        row = []
        for j in (k, k + 1):
            v = Decimal(2) ** (Decimal(j) / N)
            h = float(v)
            t = float((v - Decimal(h)) / Decimal(h))
            row += [f"0x{bits(t):016x}", f"0x{(bits(h) - (j << 45)) & (2**64 - 1):016x}"]
        print("    " + ", ".join(row) + ",")
    print("};")


def pow_log_table():
    off = 0x3fe6955500000000
    print(f"static const double POW_LOG_TAB[{N}][3] = {{  /* 1/c, log(c) to 2**-43, the rest: tools/gen_glibc_tables.py */")
    for i in range(N):
        centre = (from_bits(off + (i << 45)) + from_bits(off + ((i + 1) << 45))) / 2
        invc = round(N / centre) / N if centre < 1 else round(2 * N / centre) / N / 2
        log_c = (Decimal(1) / Decimal(invc)).ln()
        logc = float(round(log_c * Decimal(2) ** 43) / Decimal(2) ** 43)
        print(f"    {{{invc.hex()}, {logc.hex()}, {float(log_c - Decimal(logc)).hex()}}},")
    print("};")


if __name__ == "__main__":
    exp2_table()
    pow_log_table()
