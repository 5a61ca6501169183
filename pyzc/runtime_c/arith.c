/* arith.c - Python's arithmetic on unboxed int64_t and double.
 *
 * Invariants: every function gives CPython's result or raises CPython's
 * exception (with its message).  An int is a word of int.c: these are the
 * fast paths on small words, and a big operand or a result past the small
 * range goes to int.c's slow path.  The compiler emits + - * on ints inline
 * (codegen/prims.py); what is here is the rarer or branchier work (floor
 * division, modulo, powers, shifts, slices).
 */
#include "pyz.h"
#include <math.h>
#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int64_t pyz_int_divmod_error(int64_t a, int64_t b, int32_t is_mod) {
    (void)a;
    if (b == 0)
        pyz_raise(PYZ_EXC_ZeroDivisionError, is_mod ? "integer modulo by zero" : "integer division or modulo by zero");
    else
        pyz_raise_overflow(); /* INT64_MIN // -1 */
    return 0;
}

int64_t pyz_int_pow(int64_t base, int64_t exp) {
    if (PYZ_UNLIKELY(!pyz_int_small2(base, exp))) return pyz_int_pow_slow(base, exp);
    const int64_t base0 = base, exp0 = exp;
    if (PYZ_UNLIKELY(exp < 0)) {
        pyz_raise(PYZ_EXC_ValueError, "negative exponent of an int variable (pyzc needs a constant exponent to give a float)");
        return 0;
    }
    int64_t result = 1;
    while (exp > 0) {
        if (exp & 1) {
            if (PYZ_UNLIKELY(__builtin_mul_overflow(result, base, &result))) return pyz_int_pow_slow(base0, exp0);
        }
        exp >>= 1;
        if (exp > 0 && PYZ_UNLIKELY(__builtin_mul_overflow(base, base, &base))) return pyz_int_pow_slow(base0, exp0);
    }
    return result >= PYZ_SMALL_MIN ? result : pyz_int_pow_slow(base0, exp0);
}

/* a / b correctly rounded, as CPython's long_true_divide.  When both magnitudes are at
 * most 2**53 they are exact doubles and one IEEE division rounds the true quotient.
 * Otherwise the quotient of the magnitudes is developed bit by bit (restoring division
 * in 64-bit words: no 128-bit type, which 32-bit targets lack) until it has 55
 * significant bits or more; the remainder gives a sticky bit, and one rounding to 53
 * bits, half to even, gives the double.  The quotient of two ints below 2**64 lies in
 * (2**-64, 2**64), far from the subnormals and from overflow, so ldexp is exact. */
static double truediv_slow(uint64_t a, uint64_t b) {
    uint64_t q = a / b, r = a % b;
    int exp = 0;
    while ((q >> 54) == 0) { /* fewer than 55 bits: one more bit of quotient */
        r <<= 1;             /* r < b <= 2**63, so no carry is lost */
        q <<= 1;
        if (r >= b) { r -= b; q |= 1; }
        exp--;
    }
    int bits = 64 - __builtin_clzll(q);
    int extra = bits - 53; /* >= 2 */
    uint64_t kept = q >> extra;
    uint64_t dropped = q & ((UINT64_C(1) << extra) - 1);
    uint64_t half = UINT64_C(1) << (extra - 1);
    if (dropped > half || (dropped == half && (r != 0 || (kept & 1))))
        kept++; /* past half, or a tie to even; may become 2**53: still exact */
    return ldexp((double)kept, exp + extra);
}

double pyz_int_truediv(int64_t a, int64_t b) {
    if (PYZ_UNLIKELY(!pyz_int_small2(a, b))) return pyz_int_truediv_slow(a, b);
    if (PYZ_UNLIKELY(b == 0)) {
        pyz_raise(PYZ_EXC_ZeroDivisionError, "division by zero");
        return 0.0;
    }
    uint64_t ua = a < 0 ? 0 - (uint64_t)a : (uint64_t)a;
    uint64_t ub = b < 0 ? 0 - (uint64_t)b : (uint64_t)b;
    const uint64_t exact = UINT64_C(1) << 53;
    if (PYZ_LIKELY(ua <= exact && ub <= exact))
        return (double)a / (double)b;
    double q = ua == 0 ? 0.0 : truediv_slow(ua, ub);
    return (a < 0) != (b < 0) ? -q : q;
}

int64_t pyz_int_lshift(int64_t a, int64_t b) {
    if (PYZ_UNLIKELY(!pyz_int_small2(a, b) || b < 0 || b >= 63)) return pyz_int_lshift_slow(a, b);
    if (a == 0) return 0;
    int64_t r = (int64_t)((uint64_t)a << b);
    if (PYZ_UNLIKELY((r >> b) != a || r < PYZ_SMALL_MIN)) return pyz_int_lshift_slow(a, b);
    return r;
}

int64_t pyz_int_rshift(int64_t a, int64_t b) {
    if (PYZ_UNLIKELY(!pyz_int_small2(a, b))) return pyz_int_rshift_slow(a, b);
    if (PYZ_UNLIKELY(b < 0)) { pyz_raise(PYZ_EXC_ValueError, "negative shift count"); return 0; }
    if (b >= 63) return a < 0 ? -1 : 0;
    return a >> b;
}

int64_t pyz_int_abs(int64_t a) {
    if (PYZ_UNLIKELY(pyz_int_is_big(a))) return pyz_int_from_long(pyz_long_abs(pyz_int_long(a)));
    return a < 0 ? -a : a;  /* small: -a is small too */
}

double pyz_float_div_by_zero(void) {
    pyz_raise(PYZ_EXC_ZeroDivisionError, "float division by zero");
    return 0.0;
}

/* CPython's float_divmod, so // and % agree with it to the last bit. */
static double float_divmod(double vx, double wx, double *modp) {
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    double floordiv;
    if (div) {
        floordiv = floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = copysign(0.0, vx / wx);
    }
    *modp = mod;
    return floordiv;
}

double pyz_float_floordiv(double a, double b) {
    if (PYZ_UNLIKELY(b == 0.0)) {
        pyz_raise(PYZ_EXC_ZeroDivisionError, "float floor division by zero");
        return 0.0;
    }
    double mod;
    return float_divmod(a, b, &mod);
}

double pyz_float_mod(double a, double b) {
    if (PYZ_UNLIKELY(b == 0.0)) {
        pyz_raise(PYZ_EXC_ZeroDivisionError, "float modulo");
        return 0.0;
    }
    double mod;
    float_divmod(a, b, &mod);
    return mod;
}

double pyz_float_pow_slow(double a, double b) {
    /* CPython's float_pow tests an infinite exponent first: (+-0.0) ** -inf is inf, as pow()'s */
    if (PYZ_UNLIKELY(a == 0.0 && b < 0.0 && isfinite(b))) {
        pyz_raise(PYZ_EXC_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return 0.0;
    }
    if (PYZ_UNLIKELY(a < 0.0 && b != floor(b) && isfinite(a) && isfinite(b))) {
        pyz_raise(PYZ_EXC_ValueError, "negative number cannot be raised to a fractional power (the result is complex; pyzc has no complex type)");
        return 0.0;
    }
    double r = pyz_glibc_pow(a, b);   /* glibc's, as CPython's */
    if (PYZ_UNLIKELY(isinf(r) && isfinite(a) && isfinite(b))) {
        pyz_raise(PYZ_EXC_OverflowError, "(34, 'Numerical result out of range')");
        return 0.0;
    }
    return r;
}

/* int(v): an int word (a big one past the small range) */
int64_t pyz_float_to_int(double v) {
    if (PYZ_UNLIKELY(isnan(v))) {
        pyz_raise(PYZ_EXC_ValueError, "cannot convert float NaN to integer");
        return 0;
    }
    if (PYZ_UNLIKELY(isinf(v))) {
        pyz_raise(PYZ_EXC_OverflowError, "cannot convert float infinity to integer");
        return 0;
    }
    double t = trunc(v);
    if (PYZ_UNLIKELY(t >= 9223372036854775808.0 || t < (double)PYZ_SMALL_MIN)) return pyz_float_to_bigint(t);
    return (int64_t)t;
}

int64_t pyz_float_round(double v) {
    double r = nearbyint(v); /* default rounding mode: half to even, as Python */
    return pyz_float_to_int(r);
}

/* round(v, n) for n < 0, as CPython's double_round (a correctly rounded dtoa in mode 3, then strtod): |v|
 * over 10**-n rounded half to even to an integer q, exactly (v is mi * 2**sh), and q * 10**-n correctly
 * rounded to a double; OverflowError past the float range. */
static double round_to_tens(double v, int64_t k) {
    int e;
    double m = frexp(fabs(v), &e);
    PyzLong *num = pyz_long_from_i64((int64_t)ldexp(m, 53)), *tens = pyz_long_pow(pyz_long_from_i64(10), pyz_long_from_i64(k));
    PyzLong *den = tens;
    if (e - 53 >= 0) num = pyz_long_lshift(num, e - 53);
    else den = pyz_long_lshift(den, 53 - e);
    PyzLong *r;
    PyzLong *q = pyz_long_divmod(num, den, &r);
    int32_t c = pyz_long_cmp(pyz_long_lshift(r, 1), den);
    if (c > 0 || (c == 0 && q->size > 0 && (q->d[0] & 1))) q = pyz_long_add_i64(q, 1);
    if (q->size == 0) return 0.0 * v;
    int64_t x;
    double f = pyz_long_frexp(pyz_long_mul(q, tens), &x);
    if (x > DBL_MAX_EXP) {
        pyz_raise(PYZ_EXC_OverflowError, "rounded value too large to represent");
        return 0.0;
    }
    return copysign(ldexp(f, (int)x), v);
}

/* round(v, ndigits), as CPython's float.__round__: ndigits is an int word, clipped to the C range as
 * PyNumber_AsSsize_t clips it; past 323 digits v is its own rounding, below -308 it rounds to a zero. */
double pyz_float_round_digits(double v, int64_t ndigits) {
    if (PYZ_UNLIKELY(pyz_int_is_big(ndigits))) ndigits = pyz_long_cmp_i64(pyz_int_long(ndigits), 0) > 0 ? INT64_MAX : INT64_MIN;
    if (!isfinite(v)) return v;
    if (ndigits > 323) return v;           /* NDIGITS_MAX: (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 */
    if (ndigits < -308) return 0.0 * v;    /* NDIGITS_MIN: -(DBL_MAX_EXP + 1) * 0.30103 */
    if (v == 0.0) return v;
    if (ndigits < 0) return round_to_tens(v, -ndigits);
    /* Round through the correctly rounded decimal text, as CPython does: at most 309 digits before
     * the point and 323 after it */
    char buf[700];
    snprintf(buf, sizeof buf, "%.*f", (int)ndigits, v);
    return strtod(buf, NULL);
}

int64_t pyz_slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step,
                         int32_t has_start, int32_t has_stop) {
    if (PYZ_UNLIKELY(step == 0)) {
        pyz_raise(PYZ_EXC_ValueError, "slice step cannot be zero");
        return 0;
    }
    int64_t lo = step < 0 ? -1 : 0;
    int64_t hi = step < 0 ? len - 1 : len;
    int64_t s, e;
    if (!has_start) s = step < 0 ? hi : lo;
    else {
        s = *start;
        if (s < 0) { s += len; if (s < lo) s = lo; }
        else if (s > hi) s = hi;
    }
    if (!has_stop) e = step < 0 ? lo : hi;
    else {
        e = *stop;
        if (e < 0) { e += len; if (e < lo) e = lo; }
        else if (e > hi) e = hi;
    }
    *start = s;
    *stop = e;
    if (step < 0) return e < s ? (s - e - 1) / (-step) + 1 : 0;
    return s < e ? (e - s - 1) / step + 1 : 0;
}

void pyz_raise_slice_size(int64_t got, int64_t want) {
    char msg[120];
    pyz_msgf(msg, sizeof msg, "attempt to assign sequence of size %lld to extended slice of size %lld",
             (long long)got, (long long)want);
    pyz_raise(PYZ_EXC_ValueError, msg);
}

/* The number of items of range(start, stop, step) as an unsigned count (up to 2**64 - 1). */
static uint64_t range_count(int64_t start, int64_t stop, int64_t step) {
    /* unsigned arithmetic: the distance may not fit in int64_t */
    if (step > 0) {
        if (start >= stop) return 0;
        return ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    }
    if (start <= stop) return 0;
    return ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
}

int64_t pyz_range_len(int64_t start, int64_t stop, int64_t step) {
    if (PYZ_UNLIKELY(step == 0)) {
        pyz_raise(PYZ_EXC_ValueError, "range() arg 3 must not be zero");
        return 0;
    }
    /* A loop over more than 2**63 - 1 items runs as one over 2**63 - 1: centuries either way. */
    uint64_t n = range_count(start, stop, step);
    return n > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)n;
}

int64_t pyz_range_len_exact(int64_t start, int64_t stop, int64_t step) {
    if (PYZ_UNLIKELY(step == 0)) {
        pyz_raise(PYZ_EXC_ValueError, "range() arg 3 must not be zero");
        return 0;
    }
    uint64_t n = range_count(start, stop, step);
    if (PYZ_UNLIKELY(n > (uint64_t)INT64_MAX)) {
        pyz_raise(PYZ_EXC_OverflowError, "Python int too large to convert to C ssize_t");
        return 0;
    }
    return (int64_t)n;
}

bool pyz_range_contains(int64_t x, int64_t start, int64_t stop, int64_t step) {
    if (PYZ_UNLIKELY(step == 0)) {
        pyz_raise(PYZ_EXC_ValueError, "range() arg 3 must not be zero");
        return false;
    }
    uint64_t distance, stride;  /* from start to x, exact in 64 unsigned bits as x lies between start and stop */
    if (step > 0) {
        if (x < start || x >= stop) return false;
        distance = (uint64_t)x - (uint64_t)start;
        stride = (uint64_t)step;
    } else {
        if (x > start || x <= stop) return false;
        distance = (uint64_t)start - (uint64_t)x;
        stride = 0 - (uint64_t)step;
    }
    return distance % stride == 0;
}

int64_t pyz_int_round_digits(int64_t v, int64_t ndigits) {
    if (pyz_int_is_big(ndigits)) return pyz_long_cmp_i64(pyz_int_long(ndigits), 0) > 0 ? v : 0;  /* 10**huge */
    if (ndigits >= 0) return v;
    if (PYZ_UNLIKELY(pyz_int_is_big(v))) return pyz_int_round_slow(v, ndigits);
    if (ndigits < -19) return 0;  /* |v| < 9.3e18 is under half of 10**20 */
    if (ndigits == -19) {  /* 10**19 is a big int: 0, or +-10**19 above half of it */
        if (v > 5000000000000000000LL) return pyz_int_from_cstr("10000000000000000000");
        if (v < -5000000000000000000LL) return pyz_int_from_cstr("-10000000000000000000");
        return 0;
    }
    int64_t p = 1;
    for (int64_t i = 0; i < -ndigits; i++) p *= 10;
    /* round half to even, as CPython's int.__round__ (v is a C integer: C's division, floored) */
    int64_t q = v / p;
    if (v % p != 0 && v < 0) q--;
    /* q * p may leave int64 (v near INT64_MIN) while r = v - q * p is in [0, p): wrap, well defined */
    int64_t r = (int64_t)((uint64_t)v - (uint64_t)q * (uint64_t)p);
    if (r * 2 > p || (r * 2 == p && (q & 1))) q += 1;
    int64_t out;
    if (__builtin_mul_overflow(q, p, &out) || out < PYZ_SMALL_MIN) return pyz_int_from_long(pyz_long_mul_ii(q, p));
    return out;
}

int64_t pyz_int_gcd(int64_t a, int64_t b) {
    if (PYZ_UNLIKELY(!pyz_int_small2(a, b)))
        return pyz_int_from_long(pyz_long_gcd(pyz_int_to_long(a), pyz_int_to_long(b)));
    uint64_t x = a < 0 ? 0 - (uint64_t)a : (uint64_t)a;
    uint64_t y = b < 0 ? 0 - (uint64_t)b : (uint64_t)b;
    while (y) {
        uint64_t t = x % y;
        x = y;
        y = t;
    }
    if (x > (uint64_t)INT64_MAX) return pyz_int_from_long(pyz_long_from_u64(x));  /* gcd(INT64_MIN, 0) */
    return (int64_t)x;
}

bool pyz_index_fix(int64_t *index, int64_t len, const char *message) {
    int64_t i = *index;
    if (i < 0 && i + len >= 0) {
        *index = i + len;
        return true;
    }
    pyz_raise(PYZ_EXC_IndexError, message);
    return false;
}

double pyz_float_divmod_check(double b) {
    if (PYZ_UNLIKELY(b == 0.0)) pyz_raise(PYZ_EXC_ZeroDivisionError, "float divmod()");
    return b;
}

int64_t pyz_range_last(int64_t start, int64_t n, int64_t step) {
    /* the last item lies between start and stop, so the product, taken modulo 2**64, gives it exactly */
    if (n <= 0) return start;
    return (int64_t)((uint64_t)start + (uint64_t)(n - 1) * (uint64_t)step);
}

int64_t pyz_tuple_index(int64_t i, int64_t n) {
    if (i < 0) i += n;
    if (PYZ_UNLIKELY(i < 0 || i >= n)) {
        pyz_raise(PYZ_EXC_IndexError, "tuple index out of range");
        return 0;
    }
    return i;
}

int64_t pyz_range_item(int64_t start, int64_t stop, int64_t step, int64_t i) {
    int64_t n = pyz_range_len(start, stop, step);
    if (PYZ_UNLIKELY(pyz_exc_pending)) return 0;
    if (i < 0) i += n;
    if (PYZ_UNLIKELY(i < 0 || i >= n)) {
        pyz_raise(PYZ_EXC_IndexError, "range object index out of range");
        return 0;
    }
    return (int64_t)((uint64_t)start + (uint64_t)i * (uint64_t)step);  /* an item: it fits */
}

int64_t pyz_range_slice(int64_t start, int64_t stop, int64_t step, int64_t lo, int64_t hi, int64_t sstep,
                        int32_t has_lo, int32_t has_hi, int32_t part) {
    int64_t n = pyz_range_len(start, stop, step);
    if (PYZ_UNLIKELY(pyz_exc_pending)) return 0;
    pyz_slice_adjust(n, &lo, &hi, sstep, has_lo, has_hi);  /* the slice's indices into the range */
    if (PYZ_UNLIKELY(pyz_exc_pending)) return 0;
    int64_t r, at = part == 0 ? lo : hi;
    int over = part == 2 ? __builtin_mul_overflow(step, sstep, &r)
                         : __builtin_mul_overflow(at, step, &r) || __builtin_add_overflow(start, r, &r);
    if (PYZ_UNLIKELY(over)) {
        pyz_raise(PYZ_EXC_OverflowError, "a bound of the sliced range does not fit in 64 bits");
        return 0;
    }
    return r;
}
