/* int.c - Python's int in one int64_t word: the 64-bit fast path and its promotion (issue 19).
 *
 * Invariants (the "int.c" section of pyz.h):
 * - A word w >= PYZ_SMALL_MIN is the int w itself ("small").  A word below it is "big":
 *   PYZ_BIG_TAG | the address of an immutable PyzLong (long.c).  Pointers are below 2**60 on
 *   every target, so a big word's top four bits are 1000 and the collector finds the PyzLong by
 *   clearing the tag (gc.c, scan_range).
 * - Normalised: a big word's value lies outside [PYZ_SMALL_MIN, INT64_MAX], so every int has
 *   exactly one small form, equal ints that are small are equal words, a big word never equals
 *   a small one, and truth is `w != 0`.
 * - The compiler emits the fast paths inline (codegen/prims.py BIG_AWARE): an operation on
 *   small words whose exact result is small; everything else calls a *_slow function here,
 *   which gives CPython's result (promoting, or demoting a big result that fits) or raises
 *   CPython's exception (the function then returns 0 with the exception pending).
 * - An op that reads an int as a C integer (an index, a length, a count) gets its value by
 *   pyz_int_to_c_slow when the word is big (OverflowError when it does not fit in int64), and a
 *   C integer a runtime function returns becomes a word by pyz_int_norm
 *   (passes/guard_big_ints.py): a big word is never read as a number.
 */
#include "pyz.h"

#include <string.h>

int64_t pyz_int_from_long(PyzLong *a) {
    if (!a) return 0; /* an exception is pending */
    int64_t v;
    if (pyz_long_to_i64(a, &v) && v >= PYZ_SMALL_MIN) return v;
    return (int64_t)(PYZ_BIG_TAG | (uint64_t)(uintptr_t)a);
}

PyzLong *pyz_int_to_long(int64_t w) {
    return pyz_int_is_big(w) ? pyz_int_long(w) : pyz_long_from_i64(w);
}

int64_t pyz_int_add_slow(int64_t a, int64_t b) {
    bool ba = pyz_int_is_big(a), bb = pyz_int_is_big(b);
    if (!ba && !bb) return pyz_int_from_long(pyz_long_add_ii(a, b));
    if (!bb) return pyz_int_from_long(pyz_long_add_i64(pyz_int_long(a), b));
    if (!ba) return pyz_int_from_long(pyz_long_add_i64(pyz_int_long(b), a));
    return pyz_int_from_long(pyz_long_add(pyz_int_long(a), pyz_int_long(b)));
}

/* The generated code's fast path of a sum of operands >= 0 (codegen/emit.py, nonneg) keeps only the wrapped
 * sum, so that a loop's accumulator is not copied to stay alive beside it: a is that sum minus b, mod 2**64. */
int64_t pyz_int_add_slow_wrapped(int64_t sum, int64_t b) {
    return pyz_int_add_slow((int64_t)((uint64_t)sum - (uint64_t)b), b);
}

int64_t pyz_int_sub_slow(int64_t a, int64_t b) {
    bool ba = pyz_int_is_big(a), bb = pyz_int_is_big(b);
    if (!ba && !bb) return pyz_int_from_long(pyz_long_sub_ii(a, b));
    if (!bb) return pyz_int_from_long(pyz_long_add_i64(pyz_int_long(a), -b)); /* b small: -b fits */
    if (!ba) return pyz_int_from_long(pyz_long_add_i64(pyz_long_neg(pyz_int_long(b)), a));
    return pyz_int_from_long(pyz_long_sub(pyz_int_long(a), pyz_int_long(b)));
}

int64_t pyz_int_mul_slow(int64_t a, int64_t b) {
    bool ba = pyz_int_is_big(a), bb = pyz_int_is_big(b);
    if (!ba && !bb) return pyz_int_from_long(pyz_long_mul_ii(a, b));
    if (!bb) return pyz_int_from_long(pyz_long_mul_i64(pyz_int_long(a), b));
    if (!ba) return pyz_int_from_long(pyz_long_mul_i64(pyz_int_long(b), a));
    return pyz_int_from_long(pyz_long_mul(pyz_int_long(a), pyz_int_long(b)));
}

int64_t pyz_int_neg_slow(int64_t a) {
    return pyz_int_from_long(pyz_long_neg(pyz_int_to_long(a)));
}

int64_t pyz_int_and_slow(int64_t a, int64_t b) {
    return pyz_int_from_long(pyz_long_and(pyz_int_to_long(a), pyz_int_to_long(b)));
}

int64_t pyz_int_or_slow(int64_t a, int64_t b) {
    return pyz_int_from_long(pyz_long_or(pyz_int_to_long(a), pyz_int_to_long(b)));
}

int64_t pyz_int_xor_slow(int64_t a, int64_t b) {
    return pyz_int_from_long(pyz_long_xor(pyz_int_to_long(a), pyz_int_to_long(b)));
}

int64_t pyz_int_invert_slow(int64_t a) {
    return pyz_int_from_long(pyz_long_invert(pyz_int_to_long(a)));
}

int32_t pyz_int_cmp_slow(int64_t a, int64_t b) {
    bool ba = pyz_int_is_big(a), bb = pyz_int_is_big(b);
    if (!ba && !bb) return (a > b) - (a < b);
    if (ba && bb) return pyz_long_cmp(pyz_int_long(a), pyz_int_long(b));
    if (ba) return pyz_long_cmp_i64(pyz_int_long(a), b);
    return -pyz_long_cmp_i64(pyz_int_long(b), a);
}

/* a // b or a % b where an operand is big, b is 0, or b is -1 (whose quotient may not be small) */
int64_t pyz_int_divmod_slow(int64_t a, int64_t b, int32_t is_mod) {
    if (b == 0) {
        pyz_raise(PYZ_EXC_ZeroDivisionError, is_mod ? "integer modulo by zero" : "integer division or modulo by zero");
        return 0;
    }
    if (!pyz_int_is_big(a) && !pyz_int_is_big(b)) { /* b == -1 */
        if (is_mod) return 0;
        return -a >= PYZ_SMALL_MIN ? -a : pyz_int_neg_slow(a); /* a is small: -a cannot overflow */
    }
    if (is_mod && !pyz_int_is_big(b)) return pyz_long_mod_i64(pyz_int_long(a), b);
    PyzLong *x = pyz_int_to_long(a), *y = pyz_int_to_long(b);
    return pyz_int_from_long(is_mod ? pyz_long_mod(x, y) : pyz_long_floordiv(x, y));
}

int64_t pyz_int_pow_slow(int64_t base, int64_t exp) {
    if (!pyz_int_is_big(exp) && exp < 0) {
        pyz_raise(PYZ_EXC_ValueError, "negative exponent of an int variable (pyzc needs a constant exponent to give a float)");
        return 0;
    }
    if (pyz_int_is_big(exp) && pyz_long_cmp_i64(pyz_int_long(exp), 0) < 0) {
        pyz_raise(PYZ_EXC_ValueError, "negative exponent of an int variable (pyzc needs a constant exponent to give a float)");
        return 0;
    }
    return pyz_int_from_long(pyz_long_pow(pyz_int_to_long(base), pyz_int_to_long(exp)));
}

/* A shift count: an int64 (a big positive count is clamped; a negative one raises) */
static bool shift_count(int64_t b, int64_t *k) {
    if (pyz_int_is_big(b) ? pyz_long_cmp_i64(pyz_int_long(b), 0) < 0 : b < 0) {
        pyz_raise(PYZ_EXC_ValueError, "negative shift count");
        return false;
    }
    *k = pyz_int_is_big(b) ? INT64_MAX : b;
    return true;
}

int64_t pyz_int_lshift_slow(int64_t a, int64_t b) {
    int64_t k;
    if (!shift_count(b, &k)) return 0;
    if (a == 0) return 0;
    if (pyz_int_is_big(b)) {
        pyz_raise(PYZ_EXC_OverflowError, "too many digits in integer");
        return 0;
    }
    return pyz_int_from_long(pyz_long_lshift(pyz_int_to_long(a), k));
}

int64_t pyz_int_rshift_slow(int64_t a, int64_t b) {
    int64_t k;
    if (!shift_count(b, &k)) return 0;
    if (!pyz_int_is_big(a)) return k >= 63 ? (a < 0 ? -1 : 0) : a >> k;
    return pyz_int_from_long(pyz_long_rshift(pyz_int_long(a), k));
}

double pyz_int_to_float_slow(int64_t a) {
    return pyz_long_to_double(pyz_int_long(a));
}

double pyz_int_truediv_slow(int64_t a, int64_t b) {
    return pyz_long_truediv(pyz_int_to_long(a), pyz_int_to_long(b));
}

int32_t pyz_float_bigint_cmp(double x, int64_t a) {
    return pyz_float_long_cmp(x, pyz_int_long(a));
}

int64_t pyz_int_hash_slow(int64_t a) {
    return pyz_long_hash(pyz_int_long(a));
}

/* The decimal text of a big word (ValueError past CPython's 4300 digits: NULL). */
PyzStr *pyz_bigint_to_str(int64_t a) {
    int64_t len;
    char *s = pyz_long_to_cstr(pyz_int_long(a), 10, &len);
    if (!s) return NULL;
    return pyz_str_new(s, len);
}

void pyz_write_bigint(int64_t a) {
    int64_t len;
    char *s = pyz_long_to_cstr(pyz_int_long(a), 10, &len);
    if (s) pyz_write_bytes(s, len);
}

int64_t pyz_int_from_cstr(const char *digits) {
    PyzLong *r;
    int32_t got = pyz_long_parse(digits, (int64_t)strlen(digits), 10, &r);
    return got == 0 ? pyz_int_from_long(r) : 0;
}

int64_t pyz_float_to_bigint(double v) {
    return pyz_int_from_long(pyz_long_from_double(v));
}

bool pyz_int_to_c_slow(int64_t w, int32_t kind, int64_t *out) {
    const PyzLong *l = pyz_int_long(w);
    if (pyz_long_to_i64(l, out)) return true;
    *out = 0;
    switch (kind) {
    case PYZ_TO_C_CLAMP: *out = l->sign < 0 ? INT64_MIN : INT64_MAX; return true;
    case PYZ_TO_C_INDEX: pyz_raise(PYZ_EXC_IndexError, "cannot fit 'int' into an index-sized integer"); break;
    case PYZ_TO_C_SIZE: pyz_raise(PYZ_EXC_OverflowError, "cannot fit 'int' into an index-sized integer"); break;
    default: pyz_raise(PYZ_EXC_OverflowError, "Python int too large to convert to C ssize_t"); break;
    }
    return false;
}

int64_t pyz_int_box_c(int64_t v) {
    return pyz_int_from_long(pyz_long_from_i64(v));
}

/* math.comb(n, k) past the small range: r * (n - k + i) // i for i = 1..k, each step a binomial */
int64_t pyz_int_comb_slow(int64_t n, int64_t k) {
    if (k > n - k) k = n - k;
    PyzLong *r = pyz_long_from_i64(1);
    for (int64_t i = 1; i <= k && r; i++)
        r = pyz_long_floordiv(pyz_long_mul_i64(r, n - k + i), pyz_long_from_i64(i));
    return pyz_int_from_long(r);
}

/* math.perm(n, k) past the small range */
int64_t pyz_int_perm_slow(int64_t n, int64_t k) {
    PyzLong *r = pyz_long_from_i64(1);
    for (int64_t i = 0; i < k; i++) r = pyz_long_mul_i64(r, n - i);
    return pyz_int_from_long(r);
}

/* pow(a, e, m): CPython's result (m's sign; a modular inverse for e < 0) and ValueErrors.  Small
 * operands with 0 < m < 2**31 square and multiply in 64 bits; everything else in long.c. */
int64_t pyz_int_powmod(int64_t a, int64_t e, int64_t m) {
    if (pyz_int_small2(a, e) && m > 0 && m < ((int64_t)1 << 31) && e >= 0) {
        uint64_t base = (uint64_t)(a % m < 0 ? a % m + m : a % m), r = 1 % (uint64_t)m;
        for (uint64_t k = (uint64_t)e; k; k >>= 1) {
            if (k & 1) r = r * base % (uint64_t)m;
            base = base * base % (uint64_t)m;
        }
        return (int64_t)r;
    }
    return pyz_int_from_long(pyz_long_powmod(pyz_int_to_long(a), pyz_int_to_long(e), pyz_int_to_long(m)));
}

/* int.bit_length() and int.bit_count() of a word */
int64_t pyz_int_bit_length(int64_t a) {
    if (pyz_int_is_big(a)) return pyz_long_bit_length(pyz_int_long(a));
    uint64_t u = a < 0 ? (uint64_t)0 - (uint64_t)a : (uint64_t)a;
    return u ? 64 - __builtin_clzll(u) : 0;
}

int64_t pyz_int_bit_count(int64_t a) {
    if (pyz_int_is_big(a)) {
        const PyzLong *l = pyz_int_long(a);
        int64_t n = 0;
        for (int32_t i = 0; i < l->size; i++) n += __builtin_popcount(l->d[i]);
        return n;
    }
    uint64_t u = a < 0 ? (uint64_t)0 - (uint64_t)a : (uint64_t)a;
    return __builtin_popcountll(u);
}

/* hash(o) when o.__hash__() gave the int w, as CPython's slot_tp_hash: w itself when it fits in a
 * C ssize_t (-1 becomes -2), else hash(w) */
int64_t pyz_hash_of_hash(int64_t w) {
    int64_t v;
    if (!pyz_int_is_big(w)) return w == -1 ? -2 : w;
    if (pyz_long_to_i64(pyz_int_long(w), &v)) return v;
    return pyz_long_hash(pyz_int_long(w));
}

/* round(v, ndigits) for ndigits < 0 of a big word: half to even, as CPython's int.__round__ */
int64_t pyz_int_round_slow(int64_t v, int64_t ndigits) {
    PyzLong *p = pyz_long_pow(pyz_long_from_i64(10), pyz_long_from_i64(-ndigits));
    if (!p) return 0;
    PyzLong *r, *q = pyz_long_divmod(pyz_int_long(v), p, &r);
    if (!q) return 0;
    int32_t c = pyz_long_cmp(pyz_long_add(r, r), p);
    if (c > 0 || (c == 0 && q->size > 0 && (q->d[0] & 1)))
        q = pyz_long_add_i64(q, 1);
    return pyz_int_from_long(pyz_long_mul(q, p));
}

/* int.to_bytes / int.from_bytes: byteorder must be "big" or "little" (false: ValueError) */
static bool byteorder_is_big(PyzStr *order, bool *big) {
    if (order->len == 3 && !memcmp(order->data, "big", 3)) return *big = true;
    if (order->len == 6 && !memcmp(order->data, "little", 6)) return !(*big = false);
    pyz_raise(PYZ_EXC_ValueError, "byteorder must be either 'little' or 'big'");
    return false;
}

/* a.to_bytes(length, byteorder, signed=is_signed), with CPython's checks in its order: the length
 * as a C ssize_t, the byteorder, a negative length, then whether a fits (long.c) */
PyzStr *pyz_int_to_bytes(int64_t a, int64_t length, PyzStr *order, bool is_signed) {
    bool big;
    if (pyz_int_is_big(length)) {
        pyz_raise(PYZ_EXC_OverflowError, "Python int too large to convert to C ssize_t");
        return NULL;
    }
    if (!byteorder_is_big(order, &big)) return NULL;
    if (length < 0) {
        pyz_raise(PYZ_EXC_ValueError, "length argument must be non-negative");
        return NULL;
    }
    uint8_t *out = (uint8_t *)pyz_gc_alloc_atomic((size_t)length + 1);
    if (!out || !pyz_long_to_bytes(pyz_int_to_long(a), out, length, big, is_signed)) return NULL;
    return pyz_bytes_new((const char *)out, length);
}

/* int.from_bytes(b, byteorder, signed=is_signed) (cls: the class it is called on, unused) */
int64_t pyz_int_from_bytes(int64_t cls, PyzStr *b, PyzStr *order, bool is_signed) {
    (void)cls;
    bool big;
    if (!byteorder_is_big(order, &big)) return 0;
    return pyz_int_from_long(pyz_long_from_bytes((const uint8_t *)b->data, b->len, big, is_signed));
}
