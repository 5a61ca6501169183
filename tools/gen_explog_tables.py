"""Prints the constant tables of runtime_c/explog.c (run: python3 tools/gen_explog_tables.py,
then replace the block of tables in explog.c, between its #includes and the helpers).

Needs mpmath (the compiler does not).  Every value is computed here from its definition
at 400 bits, then rounded to nearest:
- EXP_T: 2**(j/128) for j = 0..127 as double-double (hi, lo);
- EXP_LN2N: ln(2)/128 as two 35-bit chunks (k * chunk exact for |k| < 2**18) and a double;
- LOG_C / LOG_L: for each of 256 mantissa intervals, c ~ 1/m (1.0 next to m = 1, so that
  log(1 +- tiny) has no cancellation) and -log(c) as a triple-double;
- 1/ln2 as a double-double;
- the Taylor coefficients 1/n! and (-1)**(n+1)/n as double-doubles for the slow paths.
"""
import mpmath

mpmath.mp.prec = 400


def dd(v):
    hi = float(v)
    return hi, float(v - mpmath.mpf(hi))


def td(v):
    hi = float(v)
    v = v - mpmath.mpf(hi)
    mid = float(v)
    return hi, mid, float(v - mpmath.mpf(mid))


def chunks(v, bits, n):
    """v as n doubles, each but the last with at most `bits` significant bits."""
    out = []
    for i in range(n):
        if i == n - 1:
            out.append(float(v))
            break
        e = mpmath.floor(mpmath.log(abs(v), 2))
        scale = mpmath.mpf(2) ** (bits - 1 - e)
        c = mpmath.nint(v * scale) / scale
        out.append(float(c))
        v -= c
    return out


def hexs(vals):
    return ", ".join(float(v).hex() for v in vals)


def log_entry(i):
    """c and -log(c) for the mantissas whose top 8 bits (after the leading 1) are i."""
    if i < 106:            # m in [1 + i/256, 1 + (i+1)/256)
        lo, hi = 1 + mpmath.mpf(i) / 256, 1 + mpmath.mpf(i + 1) / 256
    else:                  # m/2 in [1/2 + i/512, 1/2 + (i+1)/512): the reduction halves m
        lo, hi = mpmath.mpf(1) / 2 + mpmath.mpf(i) / 512, mpmath.mpf(1) / 2 + mpmath.mpf(i + 1) / 512
    c = 1.0 if i in (0, 255) else float(2 / (lo + hi))
    return c, td(-mpmath.log(mpmath.mpf(c)))


def main():
    ln2 = mpmath.log(2)
    print("static const double EXP_T[128][2] = {  /* 2**(j/128): hi, lo */")
    for j in range(0, 128, 2):
        print("    {%s}, {%s}," % (hexs(dd(mpmath.mpf(2) ** (mpmath.mpf(j) / 128))),
                                   hexs(dd(mpmath.mpf(2) ** (mpmath.mpf(j + 1) / 128)))))
    print("};")
    print("static const double EXP_LN2N[3] = {%s};  /* ln2/128 */" % hexs(chunks(ln2 / 128, 35, 3)))
    print("static const double EXP_INVLN2N = %s;  /* 128/ln2 */" % float(128 / ln2).hex())
    print("static const double INV_LN2[2] = {%s};" % hexs(dd(1 / ln2)))
    print("static const double LOG_CL[256][4] = {  /* c, -log(c) as hi, mid, lo */")
    for i in range(256):
        c, l = log_entry(i)
        print("    {%s}," % hexs((c,) + l))
    print("};")
    print("static const double INV_FACT[16][2] = {  /* 1/n! */")
    for n in range(16):
        print("    {%s}," % hexs(dd(1 / mpmath.factorial(n))))
    print("};")
    print("static const double LOG1P_C[20][2] = {  /* (-1)**(n+1)/n, n >= 1 */")
    print("    {0x0.0p+0, 0x0.0p+0},")
    for n in range(1, 20):
        print("    {%s}," % hexs(dd(mpmath.mpf((-1) ** (n + 1)) / n)))
    print("};")


if __name__ == "__main__":
    main()
