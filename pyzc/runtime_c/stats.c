/* stats.c - the exact sums behind statistics.mean, variance, pvariance, stdev, pstdev.
 *
 * CPython's statistics module turns every value into a fraction, sums the values and
 * their squares exactly, and rounds once: float(Fraction) for the mean and the
 * variances, _float_sqrt_of_frac for the deviations.  This file does the same without
 * arbitrary-precision ints in the language:
 *
 * - Every finite double is an integer multiple of 2**-1074, so the sum of the values
 *   is an integer A times 2**-1074 and the sum of their squares an integer B times
 *   2**-2148 (an int x is x * 2**1074 units).  A is kept as two sums of magnitudes
 *   (positive and negative values), B as one, each in "lazy" limbs: 32-bit digits in
 *   64-bit slots, so that an addition touches three to five slots and never ripples a
 *   carry; the carries are settled every 2**28 additions and at the end.
 * - At the end: mean = A / n, ss = (n*B - A*A) / n (CPython's formula, exact here),
 *   variance = ss / (n - 1), pvariance = ss / n, each one correctly rounded quotient of
 *   two integers (round_quotient), OverflowError when it rounds past the largest double
 *   ("integer division result too large for a float", CPython's int / int message).
 * - stdev and pstdev follow _float_sqrt_of_frac: an integer square root rounded to odd
 *   with 109 or more bits, then one rounding to a double.  Both roundings are correct
 *   roundings of the exact value, so the result does not depend on the fraction being
 *   in lowest terms as CPython's is.
 * - Infinities and NaNs: CPython sums them apart, in order, as floats, and the result
 *   is that float divided by the count; stdev of it fails with AttributeError (a float
 *   has no numerator), which is raised here with CPython's message.
 *
 * The big numbers are magnitudes in little-endian 32-bit limbs with a fixed capacity:
 * the largest value met is n*B, below 2**(2*2098 + 2*64), so 160 limbs (5120 bits) are
 * enough for every intermediate.  No 128-bit type is used (32-bit targets have none).
 */
#include "pyz.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ magnitudes */

#define BIG_CAP 160
typedef struct {
    int len;              /* limbs in use; d[len - 1] != 0 unless len == 0 */
    uint32_t d[BIG_CAP];
} Big;

static void big_trim(Big *a) {
    while (a->len > 0 && a->d[a->len - 1] == 0) a->len--;
}

static void big_set_u64(Big *a, uint64_t v) {
    a->d[0] = (uint32_t)v;
    a->d[1] = (uint32_t)(v >> 32);
    a->len = 2;
    big_trim(a);
}

static void big_check(int len) {
    if (len > BIG_CAP) abort(); /* cannot happen: see the capacity in the header comment */
}

static int big_bits(const Big *a) {
    if (a->len == 0) return 0;
    return 32 * (a->len - 1) + (32 - __builtin_clz(a->d[a->len - 1]));
}

static int big_cmp(const Big *a, const Big *b) {
    if (a->len != b->len) return a->len < b->len ? -1 : 1;
    for (int i = a->len - 1; i >= 0; i--)
        if (a->d[i] != b->d[i]) return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}

/* r = a - b, for a >= b; r may be a */
static void big_sub(Big *r, const Big *a, const Big *b) {
    int64_t borrow = 0;
    for (int i = 0; i < a->len; i++) {
        int64_t v = (int64_t)a->d[i] - (i < b->len ? b->d[i] : 0) - borrow;
        borrow = v < 0;
        r->d[i] = (uint32_t)(v + (borrow << 32));
    }
    r->len = a->len;
    big_trim(r);
}

/* r = a * b; r must be neither a nor b */
static void big_mul(Big *r, const Big *a, const Big *b) {
    if (a->len == 0 || b->len == 0) { r->len = 0; return; }
    big_check(a->len + b->len);
    memset(r->d, 0, sizeof(uint32_t) * (size_t)(a->len + b->len));
    for (int i = 0; i < a->len; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < b->len; j++) {
            uint64_t t = (uint64_t)a->d[i] * b->d[j] + r->d[i + j] + carry;
            r->d[i + j] = (uint32_t)t;
            carry = t >> 32;
        }
        r->d[i + b->len] = (uint32_t)carry;
    }
    r->len = a->len + b->len;
    big_trim(r);
}

/* r = a << k; r may be a */
static void big_shl(Big *r, const Big *a, int k) {
    if (a->len == 0) { r->len = 0; return; }
    int limbs = k / 32, bits = k % 32, n = a->len;
    big_check(n + limbs + 1);
    r->d[n + limbs] = 0;
    for (int i = n - 1; i >= 0; i--) {
        uint64_t v = (uint64_t)a->d[i] << bits;
        r->d[i + limbs + 1] |= (uint32_t)(v >> 32);
        r->d[i + limbs] = (uint32_t)v;
    }
    for (int i = 0; i < limbs; i++) r->d[i] = 0;
    r->len = n + limbs + 1;
    big_trim(r);
}

/* r = a >> 1 */
static void big_shr1(Big *a) {
    for (int i = 0; i < a->len; i++)
        a->d[i] = (a->d[i] >> 1) | (i + 1 < a->len ? a->d[i + 1] << 31 : 0);
    big_trim(a);
}

static void big_set_bit(Big *a, int k) {
    int limb = k / 32;
    for (int i = a->len; i <= limb; i++) a->d[i] = 0;
    if (limb >= a->len) a->len = limb + 1;
    a->d[limb] |= UINT32_C(1) << (k % 32);
}

/* q = n / m, rem = n % m, by shift and subtract: as many steps as the quotient has bits,
 * which is few (about 55 to 112) wherever this file divides.  m != 0. */
static void big_divmod(Big *q, Big *rem, const Big *n, const Big *m) {
    q->len = 0;
    *rem = *n;
    int shift = big_bits(n) - big_bits(m);
    if (shift < 0) return;
    Big dm;
    big_shl(&dm, m, shift);
    for (int k = shift; k >= 0; k--) {
        if (big_cmp(rem, &dm) >= 0) {
            big_sub(rem, rem, &dm);
            big_set_bit(q, k);
        }
        big_shr1(&dm);
    }
}

/* r = a + b; r may be a */
static void big_add(Big *r, const Big *a, const Big *b) {
    int n = a->len > b->len ? a->len : b->len;
    big_check(n + 1);
    uint64_t carry = 0;
    for (int i = 0; i < n; i++) {
        uint64_t v = (uint64_t)(i < a->len ? a->d[i] : 0) + (i < b->len ? b->d[i] : 0) + carry;
        r->d[i] = (uint32_t)v;
        carry = v >> 32;
    }
    r->d[n] = (uint32_t)carry;
    r->len = n + 1;
    big_trim(r);
}

/* floor(sqrt(a)), digit by digit (two bits of a per step) */
static void big_isqrt(Big *root, const Big *a) {
    Big x = *a, bit, t;
    root->len = 0;
    if (a->len == 0) return;
    bit.len = 0;
    big_set_bit(&bit, (big_bits(a) - 1) & ~1); /* the highest power of 4 <= a */
    while (bit.len > 0) {
        big_add(&t, root, &bit);
        big_shr1(root);
        if (big_cmp(&x, &t) >= 0) {
            big_sub(&x, &x, &t);
            big_add(root, root, &bit);
        }
        big_shr1(&bit);
        big_shr1(&bit);
    }
}

/* ------------------------------------------------------------ rounding */

static double too_large(void) {
    pyz_raise(PYZ_EXC_OverflowError, "integer division result too large for a float");
    return 0.0;
}

/* n / m * 2**k rounded to the nearest double (half to even), as CPython's int / int;
 * n, m > 0 */
static double round_quotient(const Big *n, const Big *m, int k) {
    /* scale so that the quotient has 55 or 56 bits */
    int shift = 55 - (big_bits(n) - big_bits(m));
    Big num, den, q, rem;
    if (shift >= 0) { big_shl(&num, n, shift); den = *m; }
    else { num = *n; big_shl(&den, m, -shift); }
    big_divmod(&q, &rem, &num, &den);
    uint64_t qv = (uint64_t)q.d[0] | (q.len > 1 ? (uint64_t)q.d[1] << 32 : 0);
    int qbits = 64 - __builtin_clzll(qv);
    int exp = k - shift;            /* value = (qv + rem/den) * 2**exp */
    int top = qbits - 1 + exp;      /* 2**top <= value < 2**(top + 1) */
    if (top >= 1024) return too_large();
    int precision = top >= -1022 ? 53 : top + 1075; /* fewer bits for a subnormal */
    int drop = qbits - precision;   /* >= 2 */
    if (drop >= 64) return 0.0;     /* below a quarter of the smallest subnormal */
    uint64_t kept = qv >> drop;
    uint64_t dropped = qv & ((UINT64_C(1) << drop) - 1);
    uint64_t half = UINT64_C(1) << (drop - 1);
    if (dropped > half || (dropped == half && (rem.len != 0 || (kept & 1)))) kept++;
    double r = ldexp((double)kept, exp + drop);
    if (isinf(r)) return too_large();
    return r;
}

/* sqrt(n / m) * 2**k correctly rounded, k even: CPython's _float_sqrt_of_frac (an
 * integer square root with 109 bits or more, rounded to odd, then one rounding) */
static double sqrt_quotient(const Big *n, const Big *m, int k) {
    if (n->len == 0) return 0.0;
    int d = big_bits(n) - big_bits(m) - 109;
    int q = d >= 0 ? d / 2 : -((-d + 1) / 2); /* floor(d / 2) */
    Big nn, mm, quot, rem, root, t, u;
    if (q >= 0) { nn = *n; big_shl(&mm, m, 2 * q); }
    else { big_shl(&nn, n, -2 * q); mm = *m; }
    big_divmod(&quot, &rem, &nn, &mm);
    big_isqrt(&root, &quot);
    big_mul(&t, &root, &root);
    big_mul(&u, &t, &mm);
    if (big_cmp(&u, &nn) != 0) root.d[0] |= 1; /* round to odd (root > 0 here) */
    Big one;
    big_set_u64(&one, 1);
    return round_quotient(&root, &one, q + k / 2);
}

/* ------------------------------------------------------------ accumulator */

#define SX_LIMBS 72    /* 2**(2098 + 64) > |A| */
#define SXX_LIMBS 140  /* 2**(2*2098 + 64) > B */
#define SETTLE_EVERY (1 << 28)

struct PyzStats {
    int64_t n;
    int64_t since_settled;
    bool squares;        /* variance family: also the sum of squares */
    bool has_special;    /* an inf or nan was added */
    double special;      /* their float sum, in order */
    uint64_t pos[SX_LIMBS], neg[SX_LIMBS], sq[SXX_LIMBS];
};

PyzStats *pyz_stats_new(bool squares) {
    PyzStats *acc = pyz_gc_alloc_atomic(sizeof(PyzStats));
    acc->squares = squares;
    return acc;
}

static void settle(uint64_t *slots, int n) {
    uint64_t carry = 0;
    for (int i = 0; i < n; i++) {
        uint64_t v = slots[i] + carry;
        slots[i] = v & 0xFFFFFFFFu;
        carry = v >> 32;
    }
}

static void settle_all(PyzStats *acc) {
    settle(acc->pos, SX_LIMBS);
    settle(acc->neg, SX_LIMBS);
    settle(acc->sq, SXX_LIMBS);
    acc->since_settled = 0;
}

/* slots += m * 2**p, m < 2**64 */
static void add_shifted(uint64_t *slots, uint64_t m, int p) {
    int k = p / 32, r = p % 32;
    uint64_t lo = (m & 0xFFFFFFFFu) << r, hi = (m >> 32) << r;
    slots[k] += lo & 0xFFFFFFFFu;
    slots[k + 1] += (lo >> 32) + (hi & 0xFFFFFFFFu);
    slots[k + 2] += hi >> 32;
}

/* slots += m*m * 2**p, m < 2**64: the 128-bit square in 32-bit pieces */
static void add_square(uint64_t *slots, uint64_t m, int p) {
    uint64_t m0 = m & 0xFFFFFFFFu, m1 = m >> 32;
    uint64_t ll = m0 * m0, lh = m0 * m1, hh = m1 * m1;
    /* m*m = hh * 2**64 + 2*lh * 2**32 + ll, as four 32-bit digits c0..c3 */
    uint64_t c0 = ll & 0xFFFFFFFFu;
    uint64_t t = (ll >> 32) + (lh & 0xFFFFFFFFu) * 2;
    uint64_t c1 = t & 0xFFFFFFFFu;
    t = (t >> 32) + (lh >> 32) * 2 + (hh & 0xFFFFFFFFu);
    uint64_t c2 = t & 0xFFFFFFFFu;
    uint64_t c3 = (t >> 32) + (hh >> 32);
    int k = p / 32, r = p % 32;
    uint64_t c[4] = {c0, c1, c2, c3};
    for (int j = 0; j < 4; j++) {
        uint64_t v = c[j] << r;
        slots[k + j] += v & 0xFFFFFFFFu;
        slots[k + j + 1] += v >> 32;
    }
}

static void add_magnitude(PyzStats *acc, uint64_t m, int p, bool negative) {
    if (PYZ_UNLIKELY(++acc->since_settled >= SETTLE_EVERY)) settle_all(acc);
    acc->n++;
    if (m == 0) return;
    add_shifted(negative ? acc->neg : acc->pos, m, p);
    if (acc->squares) add_square(acc->sq, m, 2 * p);
}

void pyz_stats_add_float(PyzStats *acc, double x) {
    if (PYZ_UNLIKELY(!isfinite(x))) {
        acc->n++;
        acc->special = acc->has_special ? acc->special + x : 0.0 + x;
        acc->has_special = true;
        return;
    }
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int e = (int)((bits >> 52) & 0x7FF);
    uint64_t m = bits & ((UINT64_C(1) << 52) - 1);
    /* x = m * 2**(e - 1075) for a normal (hidden bit added), m * 2**-1074 for a subnormal */
    int p = 0;
    if (e != 0) { m |= UINT64_C(1) << 52; p = e - 1; }
    add_magnitude(acc, m, p, (bits >> 63) != 0);
}

void pyz_stats_add_int(PyzStats *acc, int64_t x) {
    uint64_t m = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
    add_magnitude(acc, m, 1074, x < 0);
}

/* An item of a number of several types: its float or its int. */
void pyz_stats_add_num(PyzStats *acc, PyzNum x) {
    if (x.tag == PYZ_NUM_FLOAT) pyz_stats_add_float(acc, x.v.f);
    else pyz_stats_add_int(acc, x.v.i);
}

static void load(Big *b, const uint64_t *slots, int n) {
    big_check(n);
    for (int i = 0; i < n; i++) b->d[i] = (uint32_t)slots[i];
    b->len = n;
    big_trim(b);
}

double pyz_stats_result(PyzStats *acc, int64_t kind) {
    int64_t n = acc->n;
    if (acc->has_special) {
        if (kind >= PYZ_STATS_STDEV) {
            pyz_raise(PYZ_EXC_AttributeError, "'float' object has no attribute 'numerator'");
            return 0.0;
        }
        return acc->special / (double)(kind == PYZ_STATS_VARIANCE ? n - 1 : n);
    }
    settle_all(acc);
    Big pos, neg, a, count;
    load(&pos, acc->pos, SX_LIMBS);
    load(&neg, acc->neg, SX_LIMBS);
    bool negative = big_cmp(&pos, &neg) < 0;
    if (negative) big_sub(&a, &neg, &pos);
    else big_sub(&a, &pos, &neg);
    big_set_u64(&count, (uint64_t)n);
    if (kind == PYZ_STATS_MEAN) {
        if (a.len == 0) return 0.0;
        double r = round_quotient(&a, &count, -1074);
        return negative ? -r : r;
    }
    /* ss * n = n*B - A*A, in units of 2**-2148 */
    Big b, nb, aa, num, divisor, den;
    load(&b, acc->sq, SXX_LIMBS);
    big_mul(&nb, &count, &b);
    big_mul(&aa, &a, &a);
    big_sub(&num, &nb, &aa);
    bool sample = kind == PYZ_STATS_VARIANCE || kind == PYZ_STATS_STDEV;
    big_set_u64(&divisor, (uint64_t)(sample ? n - 1 : n));
    big_mul(&den, &count, &divisor);
    if (kind >= PYZ_STATS_STDEV) return sqrt_quotient(&num, &den, -2148);
    if (num.len == 0) return 0.0;
    return round_quotient(&num, &den, -2148);
}
