/* ddouble.h - double-double arithmetic for the correctly rounded math functions (trig.c, explog.c).
 *
 * A DD is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2.  two_sum and fast_two_sum give the
 * exact sum of two doubles, prod_err the exact error of a product (fma where the target has it in
 * hardware, Dekker's split elsewhere, so every target gets the same bits).  The runtime builds with
 * -ffp-contract=off: no other operation here is fused.
 */
#ifndef PYZ_DDOUBLE_H
#define PYZ_DDOUBLE_H

typedef struct { double hi, lo; } DD;

static inline DD two_sum(double a, double b) {
    double s = a + b;
    double bb = s - a;
    return (DD){s, (a - (s - bb)) + (b - bb)};
}

static inline DD fast_two_sum(double a, double b) {  /* |a| >= |b| or a == 0 */
    double s = a + b;
    return (DD){s, b - (s - a)};
}

static inline double prod_err(double a, double b, double p) {  /* a*b - p exactly, p = fl(a*b) */
#if defined(__FMA__) || defined(__FP_FAST_FMA) || defined(__aarch64__)
    return __builtin_fma(a, b, -p);
#else
    const double split = 134217729.0;  /* 2**27 + 1: Dekker */
    double ca = split * a, cb = split * b;
    double ah = ca - (ca - a), al = a - ah;
    double bh = cb - (cb - b), bl = b - bh;
    return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
#endif
}

static inline DD dd_mul(DD a, DD b) {
    double p = a.hi * b.hi;
    double e = prod_err(a.hi, b.hi, p) + (a.hi * b.lo + a.lo * b.hi);
    return fast_two_sum(p, e);
}

static inline DD dd_add(DD a, DD b) {
    DD s = two_sum(a.hi, b.hi);
    return fast_two_sum(s.hi, s.lo + a.lo + b.lo);
}

#endif
