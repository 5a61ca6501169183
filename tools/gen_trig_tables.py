"""Prints the constant tables of runtime_c/trig.c (run: python3 tools/gen_trig_tables.py).

Needs mpmath (CPython's test environment has it; the compiler does not).  Every value is
computed here from its definition at 1700 bits, then rounded to nearest:
- TRIG_2_OVER_PI: the bits of 2/pi after the binary point, 64 per word (Payne-Hanek);
- TRIG_PIO2_CHUNK: pi/2 as a sum of 24-bit chunks, so that k * chunk is exact for |k| < 2**29;
- TRIG_SINCOS: sin(j/128) and cos(j/128) for j = 0..102, each as double-double (hi, lo);
- TRIG_ATAN_TAYLOR: for c = i/64, i = 0..64, atan(c) and atan'(c) as double-doubles, then
  the Taylor coefficients a2..a10 of atan at c (atan(c + h) = atan(c) + atan'(c) h + ...);
- TRIG_ASIN_TAYLOR: the same for asin at c = i/64, i = 0..48, to a13 (asin's derivatives
  grow towards 1: past 48.5/64 asin goes through atan2);
- TRIG_ATAN_SERIES: (-1)**k / (2k + 1), the series of atan, as double-doubles.
"""
import mpmath

mpmath.mp.prec = 1700


def dd(v):
    hi = float(v)
    return hi, float(v - mpmath.mpf(hi))


def chunks(v, bits, n):
    out = []
    for _ in range(n):
        e = mpmath.floor(mpmath.log(abs(v), 2))
        scale = mpmath.mpf(2) ** (bits - 1 - e)
        c = mpmath.nint(v * scale) / scale
        out.append(float(c))
        v -= c
    return out


def main():
    two_over_pi = 2 / mpmath.pi
    words = []
    frac = two_over_pi
    for _ in range(22):
        frac *= 2 ** 64
        w = int(mpmath.floor(frac))
        words.append(w)
        frac -= w
    print("static const uint64_t TRIG_2_OVER_PI[%d] = {" % len(words))
    for i in range(0, len(words), 4):
        print("    " + ", ".join("0x%016xull" % w for w in words[i:i + 4]) + ",")
    print("};")
    print("static const double TRIG_PIO2_CHUNK[7] = {" + ", ".join(c.hex() for c in chunks(mpmath.pi / 2, 24, 7)) + "};")
    hi, lo = dd(mpmath.pi / 2)
    print("static const double TRIG_PIO2_HI = %s, TRIG_PIO2_LO = %s;" % (hi.hex(), lo.hex()))
    print("static const double TRIG_SINCOS[103][4] = {  /* sin hi, sin lo, cos hi, cos lo */")
    for j in range(103):
        a = mpmath.mpf(j) / 128
        print("    {%s, %s, %s, %s}," % tuple(v.hex() for v in dd(mpmath.sin(a)) + dd(mpmath.cos(a))))
    print("};")
    print("static const double TRIG_ATAN_TAYLOR[65][13] = {  /* atan(c) hi, lo, atan'(c) hi, lo, then a2..a10 */")
    for i in range(0, 65):
        c = mpmath.mpf(i) / 64
        t = mpmath.taylor(mpmath.atan, c, 10)
        row = dd(t[0]) + dd(t[1]) + tuple(float(v) for v in t[2:11])
        print("    {%s}," % ", ".join(v.hex() for v in row))
    print("};")
    print("static const double TRIG_ASIN_TAYLOR[49][16] = {  /* asin(c) hi, lo, asin'(c) hi, lo, then a2..a13 */")
    for i in range(0, 49):
        c = mpmath.mpf(i) / 64
        t = mpmath.taylor(mpmath.asin, c, 13)
        row = dd(t[0]) + dd(t[1]) + tuple(float(v) for v in t[2:14])
        print("    {%s}," % ", ".join(v.hex() for v in row))
    print("};")
    print("static const double TRIG_ATAN_SERIES[10][2] = {  /* (-1)**k / (2k + 1) */")
    for k in range(10):
        print("    {%s, %s}," % tuple(v.hex() for v in dd(mpmath.mpf((-1) ** k) / (2 * k + 1))))
    print("};")


if __name__ == "__main__":
    main()
