/* long.c - Python's int past 64 bits: arbitrary-precision arithmetic (issue 19).
 *
 * Invariants:
 * - A PyzLong is immutable once a function returns it.  Its magnitude is d[0..size) in base
 *   2**32, least significant digit first, with d[size-1] != 0; zero has size 0 and sign 0,
 *   any other value sign -1 or +1 (sign and magnitude, not two's complement).
 * - Values live in atomic GC blocks (no pointers inside, so the collector never scans them);
 *   scratch space (Karatsuba, division) is atomic GC memory too, left to the collector.  A
 *   function may hand back one of its arguments (a + 0, abs of a positive value).
 * - Every function gives CPython 3.11's result or raises CPython's exception with CPython's
 *   message: pyz_raise sets the pending exception and the function returns NULL (or the
 *   documented dummy value).
 * - Digits are 32 bits and every product or carry is a uint64_t: a*b + c + d of digits fits
 *   exactly, so no __int128 is needed and the same code runs on 32-bit arm.  CPython uses
 *   30-bit digits; 32 give 6% fewer digits, 13% fewer digit products, and bit and byte
 *   conversions that are plain copies.  Measured (x86-64, zig cc -O3): a schoolbook product of
 *   1024..8192 bits is 1.4-1.6x faster with 32-bit digits than CPython's x_mul loop over
 *   30-bit digits; dividing by one digit 1.07x.
 * - Algorithms: schoolbook and squaring below PYZ_LONG_KARATSUBA_CUTOFF digits, Karatsuba
 *   above (CPython's k_mul split, slices for lopsided operands); Knuth's algorithm D;
 *   pow(a, e, m) in fixed buffers with a 5-bit sliding window; Lehmer's gcd; CPython's
 *   factorial and isqrt; quadratic decimal conversion (the 4300-digit limit bounds it).
 * - Sizes that come from values (a << n, a ** n, a parsed string) are checked before any
 *   allocation: more than INT32_MAX digits is MemoryError, as CPython's allocator would say.
 *
 * tests/test_long_runtime.py checks every function against CPython's ints (hypothesis),
 * under ASan and UBSan, and on 32-bit arm under qemu.
 */
#include "pyz.h"

#include <float.h>
#include <stdio.h>
#include <string.h>

typedef uint32_t digit;
typedef uint64_t twodigits;
#define SHIFT 32
#define DIGIT_MASK 0xFFFFFFFFu

/* Below this many digits (of the shorter operand) schoolbook multiplication beats Karatsuba;
 * measured with bench/long_micro.py (KARATSUBA in the commit message). */
#ifndef PYZ_LONG_KARATSUBA_CUTOFF
#define PYZ_LONG_KARATSUBA_CUTOFF 32
#endif
/* CPython 3.11's limit on decimal conversions (sys.int_info.default_max_str_digits) */
#define MAX_STR_DIGITS 4300

static const char LIMIT_TO_STR[] =
    "Exceeds the limit (4300 digits) for integer string conversion; "
    "use sys.set_int_max_str_digits() to increase the limit";

/* ------------------------------------------------------------ allocation */

#define HEADER offsetof(PyzLong, d)

/* n digits the caller writes every one of (not zeroed), sign +1 (0 when n == 0) */
static PyzLong *lnew_raw(int64_t n)
{
    PyzLong *r = (PyzLong *)pyz_gc_alloc_atomic_raw(HEADER + (size_t)n * sizeof(digit));
    r->size = (int32_t)n;
    r->sign = n > 0;
    return r;
}

static PyzLong *lnew(int64_t n)  /* n zeroed digits, sign +1 (0 when n == 0) */
{
    PyzLong *r = (PyzLong *)pyz_gc_alloc_atomic(HEADER + (size_t)n * sizeof(digit));
    r->size = (int32_t)n;
    r->sign = n > 0;
    return r;
}

/* for sizes that come from values: NULL with MemoryError pending when it cannot be had */
static PyzLong *pyz_long_try_new(int64_t n)
{
    if (n > INT32_MAX) {
        pyz_raise(PYZ_EXC_MemoryError, "");
        return NULL;
    }
    PyzLong *r = (PyzLong *)pyz_gc_try_alloc_atomic((uint64_t)HEADER + (uint64_t)n * sizeof(digit));
    if (!r) return NULL;
    r->size = (int32_t)n;
    r->sign = n > 0;
    return r;
}

static digit *scratch(int64_t n) { return (digit *)pyz_gc_alloc_atomic((size_t)(n > 0 ? n : 1) * sizeof(digit)); }

static PyzLong *norm(PyzLong *r)
{
    int64_t n = r->size;
    while (n > 0 && r->d[n - 1] == 0) n--;
    r->size = (int32_t)n;
    if (n == 0) r->sign = 0;
    return r;
}

static PyzLong *zero(void) { return lnew(0); }

static PyzLong *copy_signed(const PyzLong *a, int32_t sign)
{
    PyzLong *r = lnew(a->size);
    memcpy(r->d, a->d, (size_t)a->size * sizeof(digit));
    r->sign = a->size ? sign : 0;
    return r;
}

/* ----------------------------------------------------- int64 and digits */

PyzLong *pyz_long_from_i64(int64_t v)
{
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    PyzLong *r = lnew(2);
    r->d[0] = (digit)m;
    r->d[1] = (digit)(m >> 32);
    r->sign = v < 0 ? -1 : 1;
    return norm(r);
}

PyzLong *pyz_long_from_u64(uint64_t m)
{
    PyzLong *r = lnew(2);
    r->d[0] = (digit)m;
    r->d[1] = (digit)(m >> 32);
    return norm(r);
}

PyzLong *pyz_long_from_digits(int32_t sign, const uint32_t *d, int64_t n)
{
    PyzLong *r = lnew(n);
    memcpy(r->d, d, (size_t)n * sizeof(digit));
    r->sign = sign < 0 ? -1 : 1;
    return norm(r);
}

bool pyz_long_to_i64(const PyzLong *a, int64_t *out)
{
    if (a->size > 2) return false;
    uint64_t m = a->size == 0 ? 0 : a->d[0] | (a->size == 2 ? (uint64_t)a->d[1] << 32 : 0);
    if (a->sign >= 0) {
        if (m > (uint64_t)INT64_MAX) return false;
        *out = (int64_t)m;
    } else {
        if (m > (uint64_t)INT64_MAX + 1) return false;
        *out = (int64_t)((uint64_t)0 - m);
    }
    return true;
}

static bool fits_u64(const PyzLong *a) { return a->size <= 2; }

static uint64_t as_u64(const PyzLong *a)
{
    return a->size == 0 ? 0 : a->d[0] | (a->size == 2 ? (uint64_t)a->d[1] << 32 : 0);
}

/* ------------------------------------------------ magnitudes (digit arrays) */

static int mcmp(const digit *a, int64_t na, const digit *b, int64_t nb)
{
    if (na != nb) return na < nb ? -1 : 1;
    for (int64_t i = na - 1; i >= 0; i--)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* r[0..na] = a + b for na >= nb (r may be a) */
static void madd(digit *r, const digit *a, int64_t na, const digit *b, int64_t nb)
{
    twodigits c = 0;
    int64_t i = 0;
    for (; i < nb; i++) { c += (twodigits)a[i] + b[i]; r[i] = (digit)c; c >>= SHIFT; }
    for (; i < na; i++) { c += a[i]; r[i] = (digit)c; c >>= SHIFT; }
    r[na] = (digit)c;
}

/* r[0..na) = a - b for a >= b (r may be a) */
static void msub(digit *r, const digit *a, int64_t na, const digit *b, int64_t nb)
{
    digit borrow = 0;
    int64_t i = 0;
    for (; i < nb; i++) { twodigits t = (twodigits)a[i] - b[i] - borrow; r[i] = (digit)t; borrow = (digit)(t >> 63); }
    for (; i < na; i++) { twodigits t = (twodigits)a[i] - borrow; r[i] = (digit)t; borrow = (digit)(t >> 63); }
}

/* r[0..nr) += b[0..nb), nb <= nr; returns the carry out of r */
static digit madd_in(digit *r, int64_t nr, const digit *b, int64_t nb)
{
    twodigits c = 0;
    int64_t i = 0;
    for (; i < nb; i++) { c += (twodigits)r[i] + b[i]; r[i] = (digit)c; c >>= SHIFT; }
    for (; c && i < nr; i++) { c += r[i]; r[i] = (digit)c; c >>= SHIFT; }
    return (digit)c;
}

/* r[0..nr) -= b[0..nb), nb <= nr; returns the borrow out of r */
static digit msub_in(digit *r, int64_t nr, const digit *b, int64_t nb)
{
    digit borrow = 0;
    int64_t i = 0;
    for (; i < nb; i++) { twodigits t = (twodigits)r[i] - b[i] - borrow; r[i] = (digit)t; borrow = (digit)(t >> 63); }
    for (; borrow && i < nr; i++) { twodigits t = (twodigits)r[i] - borrow; r[i] = (digit)t; borrow = (digit)(t >> 63); }
    return borrow;
}

static int64_t trim(const digit *a, int64_t n)
{
    while (n > 0 && a[n - 1] == 0) n--;
    return n;
}

/* r[0..na+nb) = a * b, schoolbook (na >= 1): the first row is written, not added, so r
 * needs no clearing and a one-digit multiplier is one pass */
static void school_mul(digit *r, const digit *a, int64_t na, const digit *b, int64_t nb)
{
    twodigits a0 = a[0], c = 0;
    for (int64_t j = 0; j < nb; j++) {
        c += a0 * b[j];
        r[j] = (digit)c;
        c >>= SHIFT;
    }
    r[nb] = (digit)c;
    for (int64_t i = 1; i < na; i++) {
        twodigits ai = a[i];
        digit *rp = r + i;
        c = 0;
        if (ai != 0) {
            for (int64_t j = 0; j < nb; j++) {
                c += ai * b[j] + rp[j];   /* at most (B-1)**2 + 2(B-1) = B**2 - 1 */
                rp[j] = (digit)c;
                c >>= SHIFT;
            }
        }
        rp[nb] = (digit)c;
    }
}

/* r[0..2n) = a * a: each product a[i]*a[j] (i < j) once, doubled, plus the squares */
static void school_sqr(digit *r, const digit *a, int64_t n)
{
    memset(r, 0, (size_t)(2 * n) * sizeof(digit));
    for (int64_t i = 0; i < n; i++) {
        twodigits ai = a[i], c = 0;
        if (ai == 0) continue;
        digit *rp = r + i;
        for (int64_t j = i + 1; j < n; j++) {
            c += ai * a[j] + rp[j];
            rp[j] = (digit)c;
            c >>= SHIFT;
        }
        rp[n] = (digit)c;
    }
    digit top = 0;
    for (int64_t i = 0; i < 2 * n; i++) {   /* double */
        digit x = r[i];
        r[i] = (x << 1) | top;
        top = x >> 31;
    }
    twodigits c = 0;
    for (int64_t i = 0; i < n; i++) {       /* add the squares */
        twodigits sq = (twodigits)a[i] * a[i];
        c += (twodigits)r[2 * i] + (digit)sq;
        r[2 * i] = (digit)c;
        c >>= SHIFT;
        c += (twodigits)r[2 * i + 1] + (sq >> SHIFT);
        r[2 * i + 1] = (digit)c;
        c >>= SHIFT;
    }
}

static int64_t kmul_scratch(int64_t na, int64_t nb) { return 6 * (na + nb) + 64 * 40; }

/* r[0..na+nb) = a * b; s is scratch of kmul_scratch(na, nb) digits.
 * Karatsuba as CPython's k_mul: split both at half the longer one; a much shorter operand
 * multiplies the longer one slice by slice (k_lopsided_mul). */
static void kmul(digit *r, const digit *a, int64_t na, const digit *b, int64_t nb, digit *s)
{
    if (na > nb) { const digit *t = a; a = b; b = t; int64_t n = na; na = nb; nb = n; }
    int sq = a == b && na == nb;
    if (na < PYZ_LONG_KARATSUBA_CUTOFF * (sq ? 2 : 1)) {
        if (sq) school_sqr(r, a, na);
        else school_mul(r, a, na, b, nb);
        return;
    }
    if (2 * na <= nb) {
        memset(r, 0, (size_t)(na + nb) * sizeof(digit));
        digit *prod = s;
        s += 2 * na;
        for (int64_t off = 0; off < nb; off += na) {
            int64_t n = nb - off < na ? nb - off : na;
            kmul(prod, a, na, b + off, n, s);
            madd_in(r + off, na + nb - off, prod, trim(prod, na + n));
        }
        return;
    }
    int64_t sh = nb >> 1;     /* low halves a0, b0 have sh digits; na > sh */
    kmul(r, a, sh, b, sh, s);                                 /* a0*b0 */
    kmul(r + 2 * sh, a + sh, na - sh, b + sh, nb - sh, s);    /* a1*b1 */
    int64_t la = (na - sh > sh ? na - sh : sh) + 1, lb = nb - sh + 1;
    digit *sa = s, *sb;
    s += la;
    if (na - sh >= sh) madd(sa, a + sh, na - sh, a, sh);   /* both write la digits */
    else madd(sa, a, sh, a + sh, na - sh);
    if (sq) {
        sb = sa;
    } else {
        sb = s;
        s += lb;
        madd(sb, b + sh, nb - sh, b, sh);   /* nb - sh >= sh */
    }
    digit *t = s;
    s += la + lb;
    kmul(t, sa, la, sb, lb, s);
    int64_t nt = la + lb;
    msub_in(t, nt, r, 2 * sh);
    msub_in(t, nt, r + 2 * sh, na + nb - 2 * sh);
    nt = trim(t, nt);
    madd_in(r + sh, na + nb - sh, t, nt);
}

/* r[0..na+nb) = a * b, any sizes */
static void mmul(digit *r, const digit *a, int64_t na, const digit *b, int64_t nb)
{
    int64_t lo = na < nb ? na : nb;
    if (lo < PYZ_LONG_KARATSUBA_CUTOFF) {
        if (a == b && na == nb) school_sqr(r, a, na);
        else if (na <= nb) school_mul(r, a, na, b, nb);
        else school_mul(r, b, nb, a, na);
        return;
    }
    kmul(r, a, na, b, nb, scratch(kmul_scratch(na, nb)));
}

/* a[0..n) = a * m + c in place; returns the carry out */
static digit mmul1_in(digit *a, int64_t n, digit m, digit c)
{
    twodigits carry = c;
    for (int64_t i = 0; i < n; i++) {
        carry += (twodigits)a[i] * m;
        a[i] = (digit)carry;
        carry >>= SHIFT;
    }
    return (digit)carry;
}

/* q[0..n) = a / m in place allowed; returns the remainder */
static digit mdiv1(digit *q, const digit *a, int64_t n, digit m)
{
    twodigits rem = 0;
    for (int64_t i = n - 1; i >= 0; i--) {
        rem = (rem << SHIFT) | a[i];
        q[i] = (digit)(rem / m);
        rem %= m;
    }
    return (digit)rem;
}

/* mdiv1 by 10**9, a constant: the compiler divides by multiplying (decimal output) */
static digit mdiv_1e9(digit *q, const digit *a, int64_t n)
{
    twodigits rem = 0;
    for (int64_t i = n - 1; i >= 0; i--) {
        twodigits x = (rem << SHIFT) | a[i];
        q[i] = (digit)(x / 1000000000u);
        rem = x % 1000000000u;
    }
    return (digit)rem;
}

static digit mmod1(const digit *a, int64_t n, digit m)
{
    twodigits rem = 0;
    for (int64_t i = n - 1; i >= 0; i--) rem = ((rem << SHIFT) | a[i]) % m;
    return (digit)rem;
}

static int clz32(digit x) { return x ? __builtin_clz(x) : 32; }

/* Knuth's algorithm D: q[0..nu-nv] = u / v, r[0..nv) = u % v, for nv >= 2, nu >= nv,
 * v[nv-1] != 0.  q or r may be NULL. */
static void mdivrem(digit *q, digit *r, const digit *u, int64_t nu, const digit *v, int64_t nv)
{
    int s = clz32(v[nv - 1]);
    digit small[256];   /* most divisions in a loop are of a few digits: no allocation */
    digit *vn, *un;
    if (nv + nu + 1 <= 256) { vn = small; un = small + nv; }
    else { vn = scratch(nv); un = scratch(nu + 1); }
    if (s) {
        for (int64_t i = nv - 1; i > 0; i--) vn[i] = (v[i] << s) | (v[i - 1] >> (SHIFT - s));
        vn[0] = v[0] << s;
        un[nu] = u[nu - 1] >> (SHIFT - s);
        for (int64_t i = nu - 1; i > 0; i--) un[i] = (u[i] << s) | (u[i - 1] >> (SHIFT - s));
        un[0] = u[0] << s;
    } else {
        memcpy(vn, v, (size_t)nv * sizeof(digit));
        memcpy(un, u, (size_t)nu * sizeof(digit));
        un[nu] = 0;
    }
    twodigits vtop = vn[nv - 1], vnext = vn[nv - 2];
    for (int64_t j = nu - nv; j >= 0; j--) {
        twodigits num = ((twodigits)un[j + nv] << SHIFT) | un[j + nv - 1];
        twodigits qhat = num / vtop, rhat = num % vtop;
        while (qhat > DIGIT_MASK || qhat * vnext > ((rhat << SHIFT) | un[j + nv - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat > DIGIT_MASK) break;
        }
        /* un[j..j+nv] -= qhat * vn */
        twodigits carry = 0;
        digit borrow = 0;
        for (int64_t i = 0; i < nv; i++) {
            twodigits p = qhat * vn[i] + carry;
            carry = p >> SHIFT;
            twodigits t = (twodigits)un[i + j] - (digit)p - borrow;
            un[i + j] = (digit)t;
            borrow = (digit)(t >> 63);
        }
        twodigits t = (twodigits)un[j + nv] - carry - borrow;
        un[j + nv] = (digit)t;
        if (t >> 63) {   /* qhat was one too large (probability about 2/B): add back */
            qhat--;
            madd_in(un + j, nv + 1, vn, nv);   /* the carry out cancels the borrow */
        }
        if (q) q[j] = (digit)qhat;
    }
    if (r) {
        if (s) {
            for (int64_t i = 0; i < nv - 1; i++) r[i] = (un[i] >> s) | (un[i + 1] << (SHIFT - s));
            r[nv - 1] = un[nv - 1] >> s;
        } else {
            memcpy(r, un, (size_t)nv * sizeof(digit));
        }
    }
}

/* |a| divmod |b| (b != 0): truncated quotient and remainder, both >= 0 */
static void udivmod(const PyzLong *a, const PyzLong *b, PyzLong **q, PyzLong **r)
{
    int64_t na = a->size, nb = b->size;
    if (mcmp(a->d, na, b->d, nb) < 0) {
        if (q) *q = zero();
        if (r) *r = copy_signed(a, 1);
        return;
    }
    PyzLong *qq = q ? lnew(na - nb + 1) : NULL;
    PyzLong *rr;
    if (nb == 1) {
        rr = lnew(1);
        rr->d[0] = qq ? mdiv1(qq->d, a->d, na, b->d[0]) : mmod1(a->d, na, b->d[0]);
    } else {
        rr = lnew(nb);
        mdivrem(qq ? qq->d : NULL, rr->d, a->d, na, b->d, nb);
    }
    if (q) *q = norm(qq);
    if (r) *r = norm(rr);
}

/* ---------------------------------------------------------- add, sub */

static PyzLong *addsub(PyzLong *a, PyzLong *b, int32_t bsign)
{
    if (b->sign == 0) return a;
    if (a->sign == 0) return bsign == b->sign ? b : copy_signed(b, bsign);
    const PyzLong *x = a, *y = b;
    if (a->sign == bsign) {
        if (x->size < y->size) { x = b; y = a; }
        PyzLong *r = lnew(x->size + 1);
        madd(r->d, x->d, x->size, y->d, y->size);
        r->sign = a->sign;
        return norm(r);
    }
    int c = mcmp(a->d, a->size, b->d, b->size);
    if (c == 0) return zero();
    int32_t sign = a->sign;
    if (c < 0) { x = b; y = a; sign = bsign; }
    PyzLong *r = lnew(x->size);
    msub(r->d, x->d, x->size, y->d, y->size);
    r->sign = sign;
    return norm(r);
}

PyzLong *pyz_long_add(PyzLong *a, PyzLong *b) { return addsub(a, b, b->sign); }
PyzLong *pyz_long_sub(PyzLong *a, PyzLong *b) { return addsub(a, b, -b->sign); }

PyzLong *pyz_long_neg(PyzLong *a) { return a->sign == 0 ? a : copy_signed(a, -a->sign); }
PyzLong *pyz_long_abs(PyzLong *a) { return a->sign >= 0 ? a : copy_signed(a, 1); }

/* a read-only view of an int64 as a PyzLong in a caller's buffer (never returned) */
static PyzLong *view_i64(int64_t v, digit buf[4])
{
    PyzLong *t = (PyzLong *)(void *)buf;
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    t->d[0] = (digit)m;
    t->d[1] = (digit)(m >> 32);
    t->size = m == 0 ? 0 : (m >> 32) ? 2 : 1;
    t->sign = v < 0 ? -1 : v > 0;
    return t;
}

PyzLong *pyz_long_add_i64(PyzLong *a, int64_t b)
{
    digit buf[4];
    if (a->sign == 0) return pyz_long_from_i64(b);
    return addsub(a, view_i64(b, buf), b < 0 ? -1 : b > 0);
}

/* the exact results of int64 operations, for the compiler's slow path after an overflow */
PyzLong *pyz_long_add_ii(int64_t a, int64_t b) { return pyz_long_add_i64(pyz_long_from_i64(a), b); }

PyzLong *pyz_long_sub_ii(int64_t a, int64_t b)
{
    digit buf[4];
    PyzLong *vb = view_i64(b, buf);
    /* addsub hands back its second operand only when it keeps its sign: here it never does */
    return addsub(pyz_long_from_i64(a), vb, -vb->sign);
}

/* ---------------------------------------------------------------- mul */

PyzLong *pyz_long_mul(PyzLong *a, PyzLong *b)
{
    if (a->sign == 0 || b->sign == 0) return zero();
    PyzLong *r = lnew((int64_t)a->size + b->size);
    mmul(r->d, a->d, a->size, b->d, b->size);
    r->sign = a->sign * b->sign;
    return norm(r);
}

PyzLong *pyz_long_mul_i64(PyzLong *a, int64_t b)
{
    digit buf[4];
    return pyz_long_mul(a, view_i64(b, buf));   /* never returns an operand */
}

PyzLong *pyz_long_mul_ii(int64_t a, int64_t b)
{
    digit ba[4], bb[4];
    return pyz_long_mul(view_i64(a, ba), view_i64(b, bb));
}

/* ------------------------------------------------------- floor division */

/* Python's divmod: q = floor(a / b), r = a - q*b (the divisor's sign).  0 and ZeroDivisionError
 * when b == 0, with the message of // (is_mod 0) or % (is_mod 1). */
static int ldivmod(PyzLong *a, PyzLong *b, PyzLong **q, PyzLong **r, int is_mod)
{
    if (PYZ_UNLIKELY(b->sign == 0)) {
        pyz_raise(PYZ_EXC_ZeroDivisionError, is_mod ? "integer modulo by zero" : "integer division or modulo by zero");
        return 0;
    }
    PyzLong *Q, *R;
    udivmod(a, b, q ? &Q : NULL, &R);
    if (a->sign * b->sign < 0 && R->sign != 0) {
        /* q = -(Q + 1), r = sign(b) * (|b| - R) */
        if (q) {
            PyzLong *q1 = lnew((int64_t)Q->size + 1);
            memcpy(q1->d, Q->d, (size_t)Q->size * sizeof(digit));
            digit one = 1;
            madd_in(q1->d, q1->size, &one, 1);
            Q = norm(q1);
            Q->sign = -1;
        }
        PyzLong *r1 = lnew(b->size);
        msub(r1->d, b->d, b->size, R->d, R->size);
        R = norm(r1);
        if (R->sign) R->sign = b->sign;
    } else {
        if (q && Q->sign) Q->sign = a->sign * b->sign;
        if (R->sign) R->sign = b->sign;
    }
    if (q) *q = Q;
    if (r) *r = R;
    return 1;
}

PyzLong *pyz_long_divmod(PyzLong *a, PyzLong *b, PyzLong **rem)
{
    PyzLong *q;
    if (!ldivmod(a, b, &q, rem, 0)) return NULL;
    return q;
}

/* a % b for an int64 b: the result has b's sign and |result| < |b|, so it is an int64 */
int64_t pyz_long_mod_i64(PyzLong *a, int64_t b)
{
    digit buf[4];
    PyzLong *r;
    if (!ldivmod(a, view_i64(b, buf), NULL, &r, 1)) return 0;
    int64_t v = 0;
    pyz_long_to_i64(r, &v);
    return v;
}

PyzLong *pyz_long_floordiv(PyzLong *a, PyzLong *b)
{
    PyzLong *q, *r;
    if (!ldivmod(a, b, &q, &r, 0)) return NULL;
    return q;
}

PyzLong *pyz_long_mod(PyzLong *a, PyzLong *b)
{
    PyzLong *r;
    if (!ldivmod(a, b, NULL, &r, 1)) return NULL;
    return r;
}

/* ----------------------------------------------------------- compare */

int32_t pyz_long_cmp(const PyzLong *a, const PyzLong *b)
{
    if (a->sign != b->sign) return a->sign < b->sign ? -1 : 1;
    int c = mcmp(a->d, a->size, b->d, b->size);
    return a->sign < 0 ? -c : c;
}

int32_t pyz_long_cmp_i64(const PyzLong *a, int64_t b)
{
    digit buf[4];
    return pyz_long_cmp(a, view_i64(b, buf));
}

bool pyz_long_eq(const PyzLong *a, const PyzLong *b) { return pyz_long_cmp(a, b) == 0; }

int64_t pyz_long_bit_length(const PyzLong *a)
{
    if (a->size == 0) return 0;
    return (int64_t)a->size * SHIFT - clz32(a->d[a->size - 1]);
}

/* ------------------------------------------------------------- shifts */

PyzLong *pyz_long_lshift(PyzLong *a, int64_t k)
{
    if (PYZ_UNLIKELY(k < 0)) {
        pyz_raise(PYZ_EXC_ValueError, "negative shift count");
        return NULL;
    }
    if (a->sign == 0) return a;
    int64_t ds = k / SHIFT;
    int bs = (int)(k % SHIFT);
    if (ds > INT32_MAX) {
        pyz_raise(PYZ_EXC_MemoryError, "");
        return NULL;
    }
    PyzLong *r = pyz_long_try_new(a->size + ds + 1);
    if (!r) return NULL;
    if (bs == 0) {
        memcpy(r->d + ds, a->d, (size_t)a->size * sizeof(digit));
    } else {
        digit carry = 0;
        for (int64_t i = 0; i < a->size; i++) {
            r->d[ds + i] = (a->d[i] << bs) | carry;
            carry = a->d[i] >> (SHIFT - bs);
        }
        r->d[ds + a->size] = carry;
    }
    r->sign = a->sign;
    return norm(r);
}

/* |a| >> k, truncated, into a new value of sign +1 */
static PyzLong *urshift(const digit *a, int64_t n, int64_t k)
{
    int64_t ds = k / SHIFT;
    int bs = (int)(k % SHIFT);
    if (ds >= n) return zero();
    PyzLong *r = lnew_raw(n - ds);
    for (int64_t i = 0; i < n - ds; i++) {
        digit lo = a[i + ds] >> bs;
        digit hi = (bs && i + ds + 1 < n) ? a[i + ds + 1] << (SHIFT - bs) : 0;
        r->d[i] = lo | hi;
    }
    return norm(r);
}

/* a >> k: the floor of a / 2**k, so a negative value shifts towards minus infinity */
PyzLong *pyz_long_rshift(PyzLong *a, int64_t k)
{
    if (PYZ_UNLIKELY(k < 0)) {
        pyz_raise(PYZ_EXC_ValueError, "negative shift count");
        return NULL;
    }
    if (a->sign >= 0) return urshift(a->d, a->size, k);
    /* -(((|a| - 1) >> k) + 1) */
    digit *m = scratch(a->size);
    digit one = 1;
    msub(m, a->d, a->size, &one, 1);
    PyzLong *r = urshift(m, a->size, k);
    PyzLong *r1 = lnew((int64_t)r->size + 1);
    memcpy(r1->d, r->d, (size_t)r->size * sizeof(digit));
    madd_in(r1->d, r1->size, &one, 1);
    r1 = norm(r1);
    r1->sign = -1;
    return r1;
}

/* ------------------------------------------------- bitwise: two's complement */

/* a's two's complement in w digits (w > a->size, so the top digit holds its sign) */
static void to_twos(const PyzLong *a, digit *out, int64_t w)
{
    memcpy(out, a->d, (size_t)a->size * sizeof(digit));
    memset(out + a->size, 0, (size_t)(w - a->size) * sizeof(digit));
    if (a->sign < 0) {
        twodigits c = 1;
        for (int64_t i = 0; i < w; i++) { c += (digit)~out[i]; out[i] = (digit)c; c >>= SHIFT; }
    }
}

static PyzLong *bitop(PyzLong *a, PyzLong *b, char op)
{
    if (a->sign >= 0 && b->sign >= 0) {
        /* both non-negative (a bit buffer: `buf = (buf << 8) | byte`, `(buf >> n) & mask`): digit by
         * digit, no two's complement; `&` is as long as the shorter operand */
        if (a->size < b->size) {
            PyzLong *t = a;
            a = b;
            b = t;
        }
        int64_t na = a->size, nb = b->size;
        PyzLong *r = lnew_raw(op == '&' ? nb : na);
        for (int64_t i = 0; i < nb; i++)
            r->d[i] = op == '&' ? a->d[i] & b->d[i] : op == '|' ? a->d[i] | b->d[i] : a->d[i] ^ b->d[i];
        if (op != '&')
            memcpy(r->d + nb, a->d + nb, (size_t)(na - nb) * sizeof(digit));
        return norm(r);
    }
    int64_t w = (a->size > b->size ? a->size : b->size) + 1;
    PyzLong *r = lnew(w);
    digit *y = scratch(w);
    to_twos(a, r->d, w);
    to_twos(b, y, w);
    for (int64_t i = 0; i < w; i++)
        r->d[i] = op == '&' ? r->d[i] & y[i] : op == '|' ? r->d[i] | y[i] : r->d[i] ^ y[i];
    if (r->d[w - 1] >> 31) {  /* negative: the magnitude is the two's complement again */
        twodigits c = 1;
        for (int64_t i = 0; i < w; i++) { c += (digit)~r->d[i]; r->d[i] = (digit)c; c >>= SHIFT; }
        r->sign = -1;
    }
    return norm(r);
}

PyzLong *pyz_long_and(PyzLong *a, PyzLong *b) { return bitop(a, b, '&'); }
PyzLong *pyz_long_or(PyzLong *a, PyzLong *b) { return bitop(a, b, '|'); }
PyzLong *pyz_long_xor(PyzLong *a, PyzLong *b) { return bitop(a, b, '^'); }

PyzLong *pyz_long_invert(PyzLong *a)   /* ~a == -(a + 1) */
{
    return pyz_long_neg(pyz_long_add_i64(a, 1));
}

/* ------------------------------------------------------------- powers */

static PyzLong *one_value(void) { return pyz_long_from_i64(1); }

/* a ** e for e >= 0 (a negative e gives a float in Python: the caller converts both operands
 * to float first, as CPython's long_pow does). */
PyzLong *pyz_long_pow(PyzLong *a, PyzLong *e)
{
    if (PYZ_UNLIKELY(e->sign < 0)) {
        pyz_raise(PYZ_EXC_ValueError, "pyz_long_pow: negative exponent (the result is a float)");
        return NULL;
    }
    if (e->sign == 0) return one_value();
    if (a->sign == 0) return a;
    if (a->size == 1 && a->d[0] == 1)   /* 1 or -1 */
        return a->sign > 0 || !(e->d[0] & 1) ? one_value() : a;
    int64_t ev;
    /* the result has about (bit_length(a) - 1) * e bits: past INT32_MAX digits it cannot be held */
    if (!pyz_long_to_i64(e, &ev) || (double)(pyz_long_bit_length(a) - 1) * (double)ev > (double)INT32_MAX * SHIFT) {
        pyz_raise(PYZ_EXC_MemoryError, "");
        return NULL;
    }
    PyzLong *r = one_value();
    int top = 63 - __builtin_clzll((uint64_t)ev);
    for (int i = top; i >= 0; i--) {
        r = pyz_long_mul(r, r);
        if ((ev >> i) & 1) r = pyz_long_mul(r, a);
    }
    return r;
}

/* 0 <= a < m for m > 0 */
static PyzLong *umod(PyzLong *a, PyzLong *m)
{
    PyzLong *r;
    ldivmod(a, m, NULL, &r, 1);
    return r;
}

/* the inverse of a modulo m > 0, or NULL when gcd(a, m) != 1 */
static PyzLong *mod_inverse(PyzLong *a, PyzLong *m)
{
    PyzLong *r0 = m, *r1 = umod(a, m), *s0 = zero(), *s1 = one_value();
    while (r1->sign != 0) {
        PyzLong *rem, *q = pyz_long_divmod(r0, r1, &rem);
        PyzLong *s2 = pyz_long_sub(s0, pyz_long_mul(q, s1));
        r0 = r1; r1 = rem;
        s0 = s1; s1 = s2;
    }
    if (!(r0->size == 1 && r0->d[0] == 1)) return NULL;
    return umod(s0, m);
}

/* a modulus m[0..n) and the buffers of a modular multiplication: P (2n digits) for the product,
 * S for Karatsuba's scratch */
typedef struct ModCtx { const digit *m; int64_t n; digit *P, *S; } ModCtx;

/* dst[0..*dn) = x * y mod m, for x, y < m; dst may be x or y */
static void mulmod(const ModCtx *c, digit *dst, int64_t *dn, const digit *x, int64_t xn, const digit *y, int64_t yn)
{
    if (xn == 0 || yn == 0) { *dn = 0; return; }
    kmul(c->P, x, xn, y, yn, c->S);
    int64_t pn = trim(c->P, xn + yn);
    if (mcmp(c->P, pn, c->m, c->n) < 0) {
        memcpy(dst, c->P, (size_t)pn * sizeof(digit));
        *dn = pn;
    } else if (c->n == 1) {
        dst[0] = mmod1(c->P, pn, c->m[0]);
        *dn = trim(dst, 1);
    } else {
        mdivrem(NULL, dst, c->P, pn, c->m, c->n);
        *dn = trim(dst, c->n);
    }
}

/* pow(a, e, m): ValueError when m == 0, or when e < 0 and a has no inverse modulo m; the result
 * has m's sign, as CPython's. */
PyzLong *pyz_long_powmod(PyzLong *a, PyzLong *e, PyzLong *m)
{
    if (PYZ_UNLIKELY(m->sign == 0)) {
        pyz_raise(PYZ_EXC_ValueError, "pow() 3rd argument cannot be 0");
        return NULL;
    }
    PyzLong *mm = pyz_long_abs(m);
    if (e->sign < 0) {
        a = mod_inverse(a, mm);
        if (!a) {
            pyz_raise(PYZ_EXC_ValueError, "base is not invertible for the given modulus");
            return NULL;
        }
        e = pyz_long_neg(e);
    }
    if (mm->size == 1 && mm->d[0] == 1) return zero();
    /* every product and remainder in buffers of this call: no allocation per step */
    ModCtx c = { mm->d, mm->size, scratch(2 * mm->size), scratch(kmul_scratch(mm->size, mm->size)) };
    int64_t n = mm->size, rn, bn;
    PyzLong *b0 = umod(a, mm);
    digit *base = scratch(n), *r = scratch(n);
    memcpy(base, b0->d, (size_t)b0->size * sizeof(digit));
    bn = b0->size;
    r[0] = 1;
    rn = 1;
    int64_t nbits = pyz_long_bit_length(e);
#define EBIT(i) ((e->d[(i) / SHIFT] >> ((i) % SHIFT)) & 1)
    if (nbits <= 64) {   /* left to right, bit by bit */
        for (int64_t i = nbits - 1; i >= 0; i--) {
            mulmod(&c, r, &rn, r, rn, r, rn);
            if (EBIT(i)) mulmod(&c, r, &rn, r, rn, base, bn);
        }
    } else {
        /* a sliding window of up to 5 bits over the odd powers base, base**3 .. base**31: one
         * multiplication per window instead of one per set bit */
        digit *odd[16], *b2 = scratch(n);
        int64_t oddn[16], b2n;
        odd[0] = base;
        oddn[0] = bn;
        mulmod(&c, b2, &b2n, base, bn, base, bn);
        for (int j = 1; j < 16; j++) {
            odd[j] = scratch(n);
            mulmod(&c, odd[j], &oddn[j], odd[j - 1], oddn[j - 1], b2, b2n);
        }
        int64_t i = nbits - 1;
        while (i >= 0) {
            if (!EBIT(i)) {
                mulmod(&c, r, &rn, r, rn, r, rn);
                i--;
                continue;
            }
            int64_t j = i - 4 < 0 ? 0 : i - 4;
            while (!EBIT(j)) j++;   /* the window i..j ends on a set bit */
            unsigned w = 0;
            for (int64_t k = i; k >= j; k--) {
                w = (w << 1) | (unsigned)EBIT(k);
                mulmod(&c, r, &rn, r, rn, r, rn);
            }
            mulmod(&c, r, &rn, r, rn, odd[w >> 1], oddn[w >> 1]);
            i = j - 1;
        }
    }
#undef EBIT
    PyzLong *res = lnew(rn);
    memcpy(res->d, r, (size_t)rn * sizeof(digit));
    res = norm(res);
    if (m->sign < 0 && res->sign != 0) res = pyz_long_sub(res, mm);
    return res;
}

/* --------------------------------------------------------------- hash */

/* CPython's hash(int): the value modulo P = 2**61 - 1 with the value's sign; -1 becomes -2.
 * 2**32 is 2**(32-61) modulo P, so adding a digit is a rotation of 61 bits by 32. */
int64_t pyz_long_hash(const PyzLong *a)
{
    const uint64_t p = ((uint64_t)1 << 61) - 1;
    uint64_t x = 0;
    for (int64_t i = a->size - 1; i >= 0; i--) {
        x = ((x << SHIFT) & p) | (x >> (61 - SHIFT));
        x += a->d[i];
        if (x >= p) x -= p;
    }
    int64_t h = a->sign < 0 ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;
}

/* -------------------------------------------------------------- floats */

/* float(a): correctly rounded (half to even); OverflowError past the float range */
double pyz_long_to_double(const PyzLong *a)
{
    int64_t nbits = pyz_long_bit_length(a);
    if (nbits <= 64) {
        uint64_t m = a->size == 0 ? 0 : a->d[0] | (a->size == 2 ? (uint64_t)a->d[1] << 32 : 0);
        double d = (double)m;   /* the conversion rounds half to even */
        return a->sign < 0 ? -d : d;
    }
    if (nbits > 1024) goto overflow;
    {
        /* the top 55 bits, the lowest of them or-ed with every bit below (sticky): rounding
         * that to 53 bits is rounding a to 53 bits */
        int64_t sh = nbits - 55;
        int64_t ds = sh / SHIFT;
        int bs = (int)(sh % SHIFT);
        /* bits sh .. sh+54 lie in digits ds .. ds+2 */
        uint64_t lo = a->d[ds], mid = ds + 1 < a->size ? a->d[ds + 1] : 0, hi = ds + 2 < a->size ? a->d[ds + 2] : 0;
        uint64_t m = bs == 0 ? lo | (mid << SHIFT) : (lo >> bs) | (mid << (SHIFT - bs)) | (hi << (2 * SHIFT - bs));
        m &= ((uint64_t)1 << 55) - 1;
        int sticky = 0;
        for (int64_t i = 0; i < ds && !sticky; i++) sticky = a->d[i] != 0;
        if (bs && (a->d[ds] & (((digit)1 << bs) - 1))) sticky = 1;
        m |= (uint64_t)sticky;
        double d = ldexp((double)m, (int)sh);
        if (isinf(d)) goto overflow;
        return a->sign < 0 ? -d : d;
    }
overflow:
    pyz_raise(PYZ_EXC_OverflowError, "int too large to convert to float");
    return -1.0;
}

/* |a| = m * 2**e with 0.5 <= m < 1, m rounded to 53 bits (half to even), as CPython's _PyLong_Frexp:
 * math.log of an int past the float range is log(m) + log(2) * e (mathmodule.c loghelper).  a != 0. */
double pyz_long_frexp(const PyzLong *a, int64_t *e)
{
    int64_t nbits = pyz_long_bit_length(a);
    uint64_t m;
    if (nbits <= 64) {
        m = a->d[0] | (a->size == 2 ? (uint64_t)a->d[1] << 32 : 0);
    } else {
        /* the top 55 bits with a sticky bit, as pyz_long_to_double */
        int64_t sh = nbits - 55;
        int64_t ds = sh / SHIFT;
        int bs = (int)(sh % SHIFT);
        uint64_t lo = a->d[ds], mid = ds + 1 < a->size ? a->d[ds + 1] : 0, hi = ds + 2 < a->size ? a->d[ds + 2] : 0;
        m = bs == 0 ? lo | (mid << SHIFT) : (lo >> bs) | (mid << (SHIFT - bs)) | (hi << (2 * SHIFT - bs));
        m &= ((uint64_t)1 << 55) - 1;
        int sticky = 0;
        for (int64_t i = 0; i < ds && !sticky; i++) sticky = a->d[i] != 0;
        if (bs && (a->d[ds] & (((digit)1 << bs) - 1))) sticky = 1;
        m |= (uint64_t)sticky;
    }
    /* (double)m rounds half to even; scaling by a power of two is exact.  Rounding up may give 1.0. */
    double x = ldexp((double)m, -(int)(nbits <= 64 ? nbits : 55));
    *e = nbits;
    if (x == 1.0) {
        x = 0.5;
        *e = nbits + 1;
    }
    return x;
}

/* a / b, correctly rounded (half to even), as CPython's long_true_divide: the quotient is
 * computed exactly to DBL_MANT_DIG + 2 or 3 bits, with a sticky bit for the rest.
 * ZeroDivisionError "division by zero"; OverflowError past the float range; a result
 * below it is a zero with the quotient's sign. */
double pyz_long_truediv(const PyzLong *a, const PyzLong *b)
{
    if (PYZ_UNLIKELY(b->sign == 0)) {
        pyz_raise(PYZ_EXC_ZeroDivisionError, "division by zero");
        return -1.0;
    }
    int negate = (a->sign < 0) != (b->sign < 0);   /* 0 / -1 is -0.0, as CPython */
    if (a->sign == 0) return negate ? -0.0 : 0.0;
    int64_t a_bits = pyz_long_bit_length(a), b_bits = pyz_long_bit_length(b);
    if (a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG) {   /* both exact: one rounding */
        double r = (double)as_u64(a) / (double)as_u64(b);
        return negate ? -r : r;
    }
    int64_t diff = a_bits - b_bits;
    if (diff > DBL_MAX_EXP) goto overflow;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return negate ? -0.0 : 0.0;
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    int inexact = 0;
    /* x = |a| * 2**-shift, truncated; then x //= |b| */
    digit *x;
    int64_t nx;
    if (shift <= 0) {
        int64_t ds = -shift / SHIFT;
        int bs = (int)(-shift % SHIFT);
        nx = a->size + ds + 1;
        x = scratch(nx);
        digit carry = 0;
        for (int64_t i = 0; i < a->size; i++) {
            x[ds + i] = bs ? (a->d[i] << bs) | carry : a->d[i];
            carry = bs ? a->d[i] >> (SHIFT - bs) : 0;
        }
        x[ds + a->size] = carry;
    } else {
        int64_t ds = shift / SHIFT;
        int bs = (int)(shift % SHIFT);
        for (int64_t i = 0; i < ds && !inexact; i++) inexact = a->d[i] != 0;
        if (bs && (a->d[ds] & (((digit)1 << bs) - 1))) inexact = 1;
        PyzLong *t = urshift(a->d, a->size, shift);
        x = t->d;
        nx = t->size;
    }
    nx = trim(x, nx);
    digit *q = scratch(nx + 1);
    int64_t nq;
    if (mcmp(x, nx, b->d, b->size) < 0) {
        nq = 0;
        inexact |= nx != 0;
    } else if (b->size == 1) {
        inexact |= mdiv1(q, x, nx, b->d[0]) != 0;
        nq = trim(q, nx);
    } else {
        digit *r = scratch(b->size);
        mdivrem(q, r, x, nx, b->d, b->size);
        inexact |= trim(r, b->size) != 0;
        nq = trim(q, nx - b->size + 1);
    }
    /* q has at most 56 bits: two digits */
    uint64_t v = nq == 0 ? 0 : q[0] | (nq > 1 ? (uint64_t)q[1] << SHIFT : 0);
    int64_t x_bits = v ? 64 - __builtin_clzll(v) : 0;
    int64_t extra = (x_bits > DBL_MIN_EXP - shift ? x_bits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    uint64_t mask = (uint64_t)1 << (extra - 1);
    uint64_t low = v | (uint64_t)inexact;
    if ((low & mask) && (low & (3 * mask - 1))) low += mask;
    v = low & ~(2 * mask - 1);
    double dx = (double)v;   /* exact: at most DBL_MANT_DIG significant bits */
    if (shift + x_bits >= DBL_MAX_EXP && ldexp(1.0, (int)x_bits) == dx) goto overflow;
    {
        double r = ldexp(dx, (int)shift);
        if (r > DBL_MAX) goto overflow;  /* rounded up to 2**1024 (2**1024 // 1, found by hypothesis) */
        return negate ? -r : r;
    }
overflow:
    pyz_raise(PYZ_EXC_OverflowError, "integer division result too large for a float");
    return -1.0;
}

/* int(x) of a finite x (it cannot raise: named outside pyz_ so that runtime_raises.py's scan,
 * which sees pyz_long_lshift's raises, does not mark the exact comparison as raising) */
static PyzLong *from_finite(double x)
{
    int e;
    double m = frexp(fabs(x), &e);   /* |x| = m * 2**e, 0.5 <= m < 1 */
    if (e <= 0) return zero();
    uint64_t mant = (uint64_t)ldexp(m, 53);   /* exact: 53 bits */
    PyzLong *r;
    if (e >= 53) {   /* at most 1024 - 53 bits of shift */
        int64_t k = e - 53, ds = k / SHIFT;
        int bs = (int)(k % SHIFT);
        r = lnew(ds + 3);
        uint64_t lo = mant << bs, hi = bs ? mant >> (64 - bs) : 0;
        r->d[ds] = (digit)lo;
        r->d[ds + 1] = (digit)(lo >> SHIFT);
        r->d[ds + 2] = (digit)hi;
        r = norm(r);
    } else {
        r = pyz_long_from_u64(mant >> (53 - e));
    }
    if (x < 0) r->sign = -1;
    return r;
}

/* int(x) of a float: truncated towards zero; ValueError for a NaN, OverflowError for inf */
PyzLong *pyz_long_from_double(double x)
{
    if (x != x) {
        pyz_raise(PYZ_EXC_ValueError, "cannot convert float NaN to integer");
        return NULL;
    }
    if (isinf(x)) {
        pyz_raise(PYZ_EXC_OverflowError, "cannot convert float infinity to integer");
        return NULL;
    }
    return from_finite(x);
}

/* Exact comparison of a float with an int, as CPython's float_richcompare: 1 if x < a, 2 if
 * equal, 4 if x > a, 0 if x is a NaN (every comparison false but !=). */
int32_t pyz_float_long_cmp(double x, const PyzLong *a)
{
    if (x != x) return 0;
    if (isinf(x)) return x > 0 ? 4 : 1;
    int xsign = x < 0 ? -1 : x > 0;
    if (xsign != a->sign) return xsign < a->sign ? 1 : 4;
    if (xsign == 0) return 2;
    int e;
    frexp(x, &e);   /* 2**(e-1) <= |x| < 2**e */
    int64_t nbits = pyz_long_bit_length(a);
    int c;   /* compare |x| with |a| */
    if (e < nbits) c = -1;
    else if (e > nbits) c = 1;
    else {
        /* same bit length: |x| >= 1, so it has an integer part; compare it exactly, then the fraction */
        double ip, fp = modf(fabs(x), &ip);
        PyzLong *xi = from_finite(ip);
        c = mcmp(xi->d, xi->size, a->d, a->size);
        if (c == 0 && fp > 0) c = 1;
    }
    if (xsign < 0) c = -c;
    return c < 0 ? 1 : c > 0 ? 4 : 2;
}

/* ----------------------------------------------------------- gcd, isqrt */

static uint64_t gcd_u64(uint64_t a, uint64_t b)
{
    while (b) { uint64_t t = a % b; a = b; b = t; }
    return a;
}


/* bits shift .. shift+63 of the magnitude d[0..n) */
static uint64_t bits_at(const digit *d, int64_t n, int64_t shift)
{
    int64_t i = shift / SHIFT;
    int bs = (int)(shift % SHIFT);
    uint64_t w0 = i < n ? d[i] : 0, w1 = i + 1 < n ? d[i + 1] : 0, w2 = i + 2 < n ? d[i + 2] : 0;
    uint64_t lo = w0 | (w1 << SHIFT);
    return bs == 0 ? lo : (lo >> bs) | (w2 << (2 * SHIFT - bs));
}

/* math.gcd: Lehmer's algorithm as CPython's _PyLong_GCD, on the top 60 bits (so that the
 * cofactors stay below 2**30 and a digit times a cofactor, with the carry, fits an int64_t),
 * then Euclid on uint64_t. */
PyzLong *pyz_long_gcd(PyzLong *a, PyzLong *b)
{
    if (mcmp(a->d, a->size, b->d, b->size) < 0) { PyzLong *t = a; a = b; b = t; }
    int64_t na = a->size, nb = b->size;
    digit *x = scratch(na + 1), *y = scratch(na + 1), *u = scratch(na + 1), *v = scratch(na + 1);
    memcpy(x, a->d, (size_t)na * sizeof(digit));
    memcpy(y, b->d, (size_t)nb * sizeof(digit));
    while (na > 2 && nb > 0) {
        int64_t shift = (int64_t)na * SHIFT - clz32(x[na - 1]) - 60;
        int64_t X = (int64_t)bits_at(x, na, shift), Y = (int64_t)bits_at(y, nb, shift);
        int64_t A = 1, B = 0, C = 0, D = 1;
        int k;
        for (k = 0;; k++) {   /* CPython's inner loop, on int64_t as its stwodigits */
            if (Y - C == 0) break;
            int64_t q = (X + (A - 1)) / (Y - C);
            int64_t s2 = B + q * D, t = X - q * Y;
            if (s2 > t) break;
            X = Y;
            Y = t;
            t = A + q * C;
            A = D; B = C; C = s2; D = t;
        }
        if (k == 0) {   /* no progress: one Euclidean step */
            if (nb == 1) {
                u[0] = mmod1(x, na, y[0]);
            } else {
                mdivrem(NULL, u, x, na, y, nb);
            }
            digit *t = x; x = y; y = u; u = t;
            na = nb;
            nb = trim(y, nb);
            continue;
        }
        /* x, y = A*x - B*y, D*y - C*x for k even; A*y - B*x, D*x - C*y for k odd */
        if (k & 1) { int64_t T = -A; A = -B; B = T; T = -C; C = -D; D = T; }
        int64_t cx = 0, cy = 0;
        for (int64_t i = 0; i < na; i++) {
            int64_t xi = x[i], yi = i < nb ? y[i] : 0;
            cx += A * xi - B * yi;
            cy += D * yi - C * xi;
            u[i] = (digit)(uint64_t)cx;
            v[i] = (digit)(uint64_t)cy;
            cx >>= SHIFT;   /* arithmetic: a borrow is a negative carry */
            cy >>= SHIFT;
        }
        digit *t = x; x = u; u = t;
        t = y; y = v; v = t;
        na = trim(x, na);
        nb = trim(y, na);
    }
    if (nb == 0) {
        PyzLong *r = lnew(na);
        memcpy(r->d, x, (size_t)na * sizeof(digit));
        return norm(r);
    }
    uint64_t p = x[0] | (na > 1 ? (uint64_t)x[1] << SHIFT : 0), q = y[0] | (nb > 1 ? (uint64_t)y[1] << SHIFT : 0);
    return pyz_long_from_u64(gcd_u64(p, q));
}

static uint64_t isqrt_u64(uint64_t n)
{
    uint64_t r = (uint64_t)sqrt((double)n);
    /* sqrt of the rounded double is within a few units: correct both ways */
    while (r > 0 && (r > 0xFFFFFFFFu || r * r > n)) r--;
    while (r + 1 <= 0xFFFFFFFFu && (r + 1) * (r + 1) <= n) r++;
    return r;
}

/* math.isqrt: CPython's adaptive-precision Newton iteration (Modules/mathmodule.c) */
PyzLong *pyz_long_isqrt(PyzLong *n)
{
    if (PYZ_UNLIKELY(n->sign < 0)) {
        pyz_raise(PYZ_EXC_ValueError, "isqrt() argument must be nonnegative");
        return NULL;
    }
    if (fits_u64(n)) return pyz_long_from_u64(isqrt_u64(as_u64(n)));
    int64_t c = (pyz_long_bit_length(n) - 1) / 2;
    int top = 63 - __builtin_clzll((uint64_t)c);   /* c.bit_length() - 1 */
    /* invariant: (a - 1)**2 < (n >> 2*(c - d)) < (a + 1)**2 */
    PyzLong *a = pyz_long_from_i64(1);
    int64_t d = 0;
    for (int s = top; s >= 0; s--) {
        int64_t e = d;
        d = c >> s;
        PyzLong *num = pyz_long_rshift(n, 2 * c - e - d + 1);
        a = pyz_long_add(pyz_long_lshift(a, d - e - 1), pyz_long_floordiv(num, a));
    }
    if (pyz_long_cmp(pyz_long_mul(a, a), n) > 0) a = pyz_long_add_i64(a, -1);
    return a;
}

/* ------------------------------------------------------------ factorial */

static int bit_length_u64(uint64_t x) { return x ? 64 - __builtin_clzll(x) : 0; }

/* the product of the odd numbers in [start, stop) (both odd), each of at most max_bits bits:
 * CPython's factorial_partial_product, a balanced tree with products of uint64_t leaves */
static PyzLong *partial_product(uint64_t start, uint64_t stop, int max_bits)
{
    uint64_t n = (stop - start) / 2;
    if (n <= 64 && n * (uint64_t)max_bits <= 64) {
        uint64_t total = start;
        for (uint64_t j = start + 2; j < stop; j += 2) total *= j;
        return pyz_long_from_u64(total);
    }
    uint64_t mid = (start + n) | 1;
    PyzLong *left = partial_product(start, mid, bit_length_u64(mid - 2));
    return pyz_long_mul(left, partial_product(mid, stop, max_bits));
}

/* math.factorial(n): CPython's algorithm (Modules/mathmodule.c): n! is 2**(n - popcount(n))
 * times its odd part, the product over i of (the odd numbers in (n >> (i+1), n >> i]) ** (i+1),
 * built as outer *= inner, inner *= the next range. */
PyzLong *pyz_long_factorial(int64_t n)
{
    if (PYZ_UNLIKELY(n < 0)) {
        pyz_raise(PYZ_EXC_ValueError, "factorial() not defined for negative values");
        return NULL;
    }
    uint64_t un = (uint64_t)n;
    PyzLong *inner = pyz_long_from_i64(1), *outer = inner;
    uint64_t upper = 3;
    for (int i = bit_length_u64(un) - 2; i >= 0; i--) {
        uint64_t v = un >> i;
        if (v <= 2) continue;
        uint64_t lower = upper;
        upper = (v + 1) | 1;
        inner = pyz_long_mul(inner, partial_product(lower, upper, bit_length_u64(upper - 2)));
        outer = pyz_long_mul(outer, inner);
    }
    return pyz_long_lshift(outer, n - __builtin_popcountll(un));
}

/* ------------------------------------------------------------- bytes */

static unsigned mag_byte(const PyzLong *a, int64_t i)
{
    return i / 4 < a->size ? (a->d[i / 4] >> (8 * (i % 4))) & 0xFF : 0;
}

/* int.to_bytes(length, byteorder, signed=...) into out[0..length): false with OverflowError,
 * CPython's messages, when a does not fit (a negative a and not is_signed included) */
bool pyz_long_to_bytes(const PyzLong *a, uint8_t *out, int64_t length, bool big_endian, bool is_signed)
{
    if (a->sign < 0 && !is_signed) {
        pyz_raise(PYZ_EXC_OverflowError, "can't convert negative int to unsigned");
        return false;
    }
    int64_t nbits = pyz_long_bit_length(a);
    bool fits;
    if (!is_signed || a->sign == 0) {
        fits = nbits <= 8 * length;
    } else if (a->sign >= 0) {
        fits = nbits <= 8 * length - 1;
    } else {   /* -2**(8L-1) fits too */
        bool pow2 = a->size > 0 && (a->d[a->size - 1] & (a->d[a->size - 1] - 1)) == 0;
        for (int64_t i = 0; pow2 && i < a->size - 1; i++) pow2 = a->d[i] == 0;
        fits = nbits <= 8 * length - 1 || (pow2 && nbits == 8 * length);
        /* CPython 3.11 counts no bits at all for -1 (all sign bits), so (-1).to_bytes(0,
         * signed=True) is b'' */
        if (length == 0 && nbits == 1) fits = true;
    }
    if (!fits) {
        pyz_raise(PYZ_EXC_OverflowError, "int too big to convert");
        return false;
    }
    unsigned carry = 1;
    for (int64_t i = 0; i < length; i++) {
        unsigned b = mag_byte(a, i);
        if (a->sign < 0) {   /* two's complement: ~|a| + 1 */
            b = (~b & 0xFF) + carry;
            carry = b >> 8;
            b &= 0xFF;
        }
        out[big_endian ? length - 1 - i : i] = (uint8_t)b;
    }
    return true;
}

/* int.from_bytes(p[0..n), byteorder, signed=...) */
PyzLong *pyz_long_from_bytes(const uint8_t *p, int64_t n, bool big_endian, bool is_signed)
{
    PyzLong *r = lnew(n / 4 + 1);
    for (int64_t i = 0; i < n; i++)
        r->d[i / 4] |= (digit)p[big_endian ? n - 1 - i : i] << (8 * (i % 4));
    r = norm(r);
    if (is_signed && n > 0 && (p[big_endian ? 0 : n - 1] & 0x80)) {   /* minus 2**(8n) */
        PyzLong *t = lnew(n / 4 + 1);
        t->d[n / 4] = (digit)1 << (8 * (n % 4));
        r = pyz_long_sub(r, norm(t));
    }
    return r;
}

/* ------------------------------------------------------------- strings */

static const char DIGITS[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* a in base 2, 8, 10 or 16: lowercase digits, a '-' for a negative value, no prefix, NUL
 * terminated, in GC memory; *len gets its length.  Decimal past 4300 digits is ValueError
 * (CPython 3.11's limit), NULL returned. */
char *pyz_long_to_cstr(const PyzLong *a, int32_t base, int64_t *len)
{
    int neg = a->sign < 0;
    if (a->sign == 0) {
        char *s = (char *)pyz_gc_alloc_atomic(2);
        s[0] = '0';
        *len = 1;
        return s;
    }
    int64_t nbits = pyz_long_bit_length(a);
    if (base == 2 || base == 8 || base == 16) {
        int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
        int64_t nd = (nbits + bits - 1) / bits;
        char *s = (char *)pyz_gc_alloc_atomic((size_t)(nd + neg + 1));
        char *p = s + neg + nd;
        *p = 0;
        for (int64_t k = 0; k < nd; k++) {   /* digit k is bits k*bits .. k*bits+bits-1 */
            int64_t b = k * bits;
            uint64_t w = a->d[b / SHIFT] >> (b % SHIFT);
            if (b % SHIFT + bits > SHIFT && b / SHIFT + 1 < a->size)
                w |= (uint64_t)a->d[b / SHIFT + 1] << (SHIFT - b % SHIFT);
            *--p = DIGITS[w & (uint64_t)(base - 1)];
        }
        if (neg) s[0] = '-';
        *len = nd + neg;
        return s;
    }
    /* base 10: at least (nbits - 1) * log10(2) + 1 digits, so past this it is over the limit
     * (the quadratic conversion below is not even started, as CPython) */
    if ((double)(nbits - 1) * 0.30102999566398119521 >= MAX_STR_DIGITS) {
        pyz_raise(PYZ_EXC_ValueError, LIMIT_TO_STR);
        return NULL;
    }
    /* repeated division by 10**9: chunks of 9 decimal digits, least significant first */
    int64_t n = a->size;
    digit *m = scratch(n);
    memcpy(m, a->d, (size_t)n * sizeof(digit));
    int64_t cap = n * 10 / 9 + 2, nc = 0;   /* 32 bits < 9.64 decimal digits */
    digit *chunks = scratch(cap);
    while (n > 0) {
        chunks[nc++] = mdiv_1e9(m, m, n);
        n = trim(m, n);
    }
    int64_t top_digits = 1;
    for (digit t = chunks[nc - 1]; t >= 10; t /= 10) top_digits++;
    int64_t nd = (nc - 1) * 9 + top_digits;
    if (nd > MAX_STR_DIGITS) {
        pyz_raise(PYZ_EXC_ValueError, LIMIT_TO_STR);
        return NULL;
    }
    char *s = (char *)pyz_gc_alloc_atomic((size_t)(nd + neg + 1));
    char *p = s + neg + nd;
    *p = 0;
    for (int64_t i = 0; i < nc; i++) {
        digit c = chunks[i];
        int k = i == nc - 1 ? (int)top_digits : 9;
        for (int j = 0; j < k; j++) { *--p = (char)('0' + c % 10); c /= 10; }
    }
    if (neg) s[0] = '-';
    *len = nd + neg;
    return s;
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static int is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* int(s, base) of ASCII text (the caller maps Unicode digits and spaces to ASCII first, as
 * CPython's _PyUnicode_TransformDecimalAndSpaceToASCII; so \x1c-\x1f, spaces to str.isspace,
 * must arrive as ' ': here only " \t\n\v\f\r" are): CPython's PyLong_FromString syntax,
 * spaces around, a sign, a 0x/0o/0b prefix where the base allows it (base 0 takes it from the
 * prefix), single underscores between digits.  Returns 0 with *out set; 1 for an invalid
 * literal (the caller raises "invalid literal for int() with base %d: %.200R" with the base it
 * was given and the repr of its str); -1 with an exception pending: a base outside 2..36 (and
 * not 0), or more than 4300 digits in a base that is not a power of two (CPython 3.11's limit,
 * checked before the rest of the text is read, as CPython). */
int32_t pyz_long_parse(const char *s, int64_t len, int32_t base, PyzLong **out)
{
    if (PYZ_UNLIKELY((base != 0 && base < 2) || base > 36)) {
        pyz_raise(PYZ_EXC_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return -1;
    }
    const char *p = s, *end = s + len;
    int sign = 1, error_if_nonzero = 0;
    while (p < end && is_space(*p)) p++;
    if (p < end && *p == '+') p++;
    else if (p < end && *p == '-') { p++; sign = -1; }
    char c1 = p + 1 < end ? p[1] : 0;
    if (base == 0) {
        if (p >= end || *p != '0') base = 10;
        else if (c1 == 'x' || c1 == 'X') base = 16;
        else if (c1 == 'o' || c1 == 'O') base = 8;
        else if (c1 == 'b' || c1 == 'B') base = 2;
        else { error_if_nonzero = 1; base = 10; }   /* "old" C-style octal: only zero is valid */
    }
    if (p < end && *p == '0' &&
        ((base == 16 && (c1 == 'x' || c1 == 'X')) || (base == 8 && (c1 == 'o' || c1 == 'O')) ||
         (base == 2 && (c1 == 'b' || c1 == 'B')))) {
        p += 2;
        if (p < end && *p == '_') p++;   /* one underscore allowed after the prefix */
    }
    if (p < end && *p == '_') return 1;
    const char *start = p;
    int64_t ndigits = 0;
    char prev = 0;
    while (p < end && (digit_value(*p) < base || *p == '_')) {
        if (*p == '_') {
            if (prev == '_') return 1;
        } else {
            ndigits++;
        }
        prev = *p++;
    }
    if (prev == '_') return 1;
    const char *stop = p;
    int pow2 = (base & (base - 1)) == 0;
    if (!pow2 && ndigits > MAX_STR_DIGITS) {
        char msg[200];
        pyz_msgf(msg, sizeof msg,
                 "Exceeds the limit (4300 digits) for integer string conversion: value has %lld "
                 "digits; use sys.set_int_max_str_digits() to increase the limit",
                 (long long)ndigits);
        pyz_raise(PYZ_EXC_ValueError, msg);
        return -1;
    }
    if (stop == start) return 1;
    while (p < end && is_space(*p)) p++;
    if (p != end) return 1;

    PyzLong *r;
    if (pow2) {
        int bits = 0;
        for (int b = base; b > 1; b >>= 1) bits++;
        int64_t nbits = ndigits * bits;
        r = pyz_long_try_new(nbits / SHIFT + 1);
        if (!r) return -1;
        int64_t k = 0;   /* bit position of the next digit, from the last one */
        for (const char *q = stop; q > start;) {
            char c = *--q;
            if (c == '_') continue;
            uint64_t v = (uint64_t)digit_value(c);
            r->d[k / SHIFT] |= (digit)(v << (k % SHIFT));
            if (k % SHIFT + bits > SHIFT) r->d[k / SHIFT + 1] |= (digit)(v >> (SHIFT - k % SHIFT));
            k += bits;
        }
    } else {
        /* chunks of k digits, base**k < 2**32: r = r * base**k + chunk */
        int k = 1;
        digit bk = (digit)base;
        while ((twodigits)bk * (twodigits)base <= DIGIT_MASK) { bk *= (digit)base; k++; }
        /* ndigits * log2(base) bits, rounded up */
        r = lnew((int64_t)((double)ndigits * log2((double)base) / SHIFT) + 2);
        int64_t n = 0;
        digit chunk = 0, mult = 1;
        int in_chunk = 0;
        for (const char *q = start; q < stop; q++) {
            if (*q == '_') continue;
            chunk = chunk * (digit)base + (digit)digit_value(*q);
            mult *= (digit)base;
            if (++in_chunk == k) {
                digit c = mmul1_in(r->d, n, mult, chunk);
                if (c) r->d[n++] = c;
                chunk = 0; mult = 1; in_chunk = 0;
            }
        }
        if (in_chunk) {
            digit c = mmul1_in(r->d, n, mult, chunk);
            if (c) r->d[n++] = c;
        }
    }
    r = norm(r);
    if (error_if_nonzero && r->sign != 0) return 1;
    if (r->sign) r->sign = sign;
    *out = r;
    return 0;
}
