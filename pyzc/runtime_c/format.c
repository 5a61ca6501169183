/* format.c - text of numbers exactly as CPython 3.11 writes and reads it.
 *
 * Invariants:
 *  - Every PyzStr returned here is a fresh GC block (header and data in one
 *    pyz_gc_alloc_atomic block, data right after the header, NUL-terminated,
 *    hash -1, ncp and ascii exact), except that pyz_str_format may return
 *    its argument unchanged (strings are immutable).
 *  - Shortest float digits (repr, str, format with no type and no
 *    precision) come from Schubfach on integers only: no libc, no
 *    rounding-mode or locale dependence, the same bits on every target.
 *    Fixed-precision digits (e/f/g/%) come from snprintf("%.*e"/"%.*f"),
 *    which glibc and musl round correctly (ties to even on the exact binary
 *    value), like CPython's dtoa modes 2 and 3; float(s) checks CPython's
 *    syntax itself and then trusts strtod's correct rounding.
 *  - All digits (trailing zeros stripped, "0" with decpt 1 for zero) are
 *    laid out by float_layout_*, a port of CPython's format_float_short,
 *    so repr(), str(), format() and f-strings share one layout.
 *  - The format-spec parser and the padding/grouping code are ports of
 *    Python/formatter_unicode.c (parse_internal_render_format_spec,
 *    calc_number_widths, fill_number, _PyUnicode_InsertThousandsGrouping)
 *    working on code points; widths count code points, output is UTF-8.
 *  - The locale is "C": type 'n' groups nothing and uses '.'.
 *  - Errors: pyz_raise / pyz_raise_str with CPython's exception kind and
 *    message, then a dummy return (NULL, 0 or 0.0).  Nothing here keeps
 *    state between calls; nothing is malloc'ed (large scratch buffers are
 *    GC blocks).
 *  - pyzc ints are int64: int(s) beyond that raises OverflowError (CPython
 *    would make a bigint); CPython's 4300-digit limit is kept.
 */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pyz.h"

/* ------------------------------------------------------------ helpers */

/* The bytes are not zeroed (every caller writes all len of them); the NUL is written here. */
static PyzStr *str_alloc(int64_t len)
{
    PyzStr *s = (PyzStr *)pyz_gc_alloc_atomic_raw(sizeof(PyzStr) + (size_t)len + 1);
    s->len = len;
    s->ncp = len;
    s->hash = -1;
    s->ascii = 1;
    s->buffered = 0;
    s->data = (const char *)(s + 1);
    ((char *)(s + 1))[len] = 0;
    return s;
}

static char *str_buf(PyzStr *s) { return (char *)(s + 1); }

/* str_alloc (not zeroed either) for a length that follows from a width the program gave: NULL with MemoryError
 * pending when it cannot be had (len < 0: the length did not even fit), as CPython. */
static PyzStr *str_try_alloc(int64_t len)
{
    if (len < 0 || len > INT64_MAX - (int64_t)sizeof(PyzStr) - 1) {
        pyz_raise(PYZ_EXC_MemoryError, "");
        return NULL;
    }
    PyzStr *s = (PyzStr *)pyz_gc_try_alloc_atomic_raw((uint64_t)sizeof(PyzStr) + (uint64_t)len + 1);
    if (!s) return NULL;
    s->len = len;
    s->ncp = len;
    s->hash = -1;
    s->ascii = 1;
    s->buffered = 0;
    s->data = (const char *)(s + 1);
    ((char *)(s + 1))[len] = 0;
    return s;
}

/* n * fill_len + rest, or -1 when that leaves int64_t */
static int64_t padded_bytes(int64_t n, int fill_len, int64_t rest)
{
    int64_t r;
    if (__builtin_mul_overflow(n, (int64_t)fill_len, &r) || __builtin_add_overflow(r, rest, &r)) return -1;
    return r;
}

static PyzStr *str_from_bytes(const char *p, int64_t len, int64_t ncp)
{
    PyzStr *s = str_alloc(len);
    char *d = str_buf(s);
    memcpy(d, p, (size_t)len);
    d[len] = 0;
    s->ncp = ncp;
    s->ascii = ncp == len;
    return s;
}

static PyzStr *str_ascii(const char *p, int64_t len) { return str_from_bytes(p, len, len); }

/* Decodes the code point at s[*i] (valid UTF-8 assumed), advancing *i. */
static uint32_t utf8_next(const unsigned char *s, int64_t len, int64_t *i)
{
    uint32_t c = s[(*i)++];
    int extra;
    if (c < 0x80) return c;
    if (c >= 0xF0) { c &= 0x07; extra = 3; }
    else if (c >= 0xE0) { c &= 0x0F; extra = 2; }
    else { c &= 0x1F; extra = 1; }
    while (extra-- > 0 && *i < len)
        c = (c << 6) | (s[(*i)++] & 0x3F);
    return c;
}


/* Code points of the digit zero of every Unicode (14.0, as in CPython
 * 3.11) Nd block; each block holds the ten digits 0..9 in order. */
static const uint32_t nd_zeros[] = {
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66,
    0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810,
    0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620,
    0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30,
    0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60,
    0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140,
    0x1e2f0, 0x1e950, 0x1fbf0,
};

/* Py_UNICODE_TODECIMAL: 0..9, or -1. */
static int uni_decimal(uint32_t c)
{
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c < 0x660) return -1;
    int lo = 0, hi = (int)(sizeof nd_zeros / sizeof nd_zeros[0]) - 1, found = -1;
    while (lo <= hi) { /* last zero <= c */
        int mid = (lo + hi) / 2;
        if (nd_zeros[mid] <= c) { found = mid; lo = mid + 1; }
        else hi = mid - 1;
    }
    if (found >= 0 && c - nd_zeros[found] < 10) return (int)(c - nd_zeros[found]);
    return -1;
}

/* str.isspace() for a code point >= 127. */
static int uni_isspace_high(uint32_t c)
{
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Py_ISSPACE (ASCII only). */
static int ascii_isspace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* _PyUnicode_TransformDecimalAndSpaceToASCII into out (>= s->len + 1
 * bytes): returns the length; out is NUL-terminated. */
static int64_t to_ascii_digits(PyzStr *s, char *out)
{
    const unsigned char *d = (const unsigned char *)s->data;
    int64_t i = 0, n = 0;
    if (s->ascii) {
        memcpy(out, s->data, (size_t)s->len);
        out[s->len] = 0;
        return s->len;
    }
    while (i < s->len) {
        uint32_t c = utf8_next(d, s->len, &i);
        if (c < 127) out[n++] = (char)c;
        else if (uni_isspace_high(c)) out[n++] = ' ';
        else {
            int dec = uni_decimal(c);
            if (dec < 0) { out[n++] = '?'; break; }
            out[n++] = (char)('0' + dec);
        }
    }
    out[n] = 0;
    return n;
}

/* Raises kind with prefix + repr(s), the repr cut to max_cps code points
 * when max_cps >= 0 (CPython's %.200R). */
static void raise_with_repr(int32_t kind, const char *prefix, PyzStr *s, int64_t max_cps)
{
    PyzStr *r = pyz_str_repr(s);
    if (r == NULL) return;
    int64_t plen = (int64_t)strlen(prefix);
    int64_t rbytes = r->len, rcps = r->ncp;
    if (max_cps >= 0 && r->ncp > max_cps) {
        int64_t i = 0, k = 0;
        const unsigned char *d = (const unsigned char *)r->data;
        while (k < max_cps && i < r->len) { utf8_next(d, r->len, &i); k++; }
        rbytes = i;
        rcps = k;
    }
    PyzStr *m = str_alloc(plen + rbytes);
    char *b = str_buf(m);
    memcpy(b, prefix, (size_t)plen);
    memcpy(b + plen, r->data, (size_t)rbytes);
    b[plen + rbytes] = 0;
    m->ncp = plen + rcps;
    m->ascii = m->ncp == m->len;
    pyz_raise_str(kind, m);
}

/* ------------------------------------------------------------- ints */

static const char digit_pairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/* Decimal digits of u written so that they end at end; returns the start. */
static char *u64_to_dec(uint64_t u, char *end)
{
    char *p = end;
    while (u >= 100) {
        unsigned r = (unsigned)(u % 100);
        u /= 100;
        p -= 2;
        memcpy(p, digit_pairs + 2 * r, 2);
    }
    if (u >= 10) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * u, 2);
    } else {
        *--p = (char)('0' + u);
    }
    return p;
}

int32_t pyz_fmt_int(int64_t v, char *buf)
{
    char tmp[24];
    char *end = tmp + sizeof tmp;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char *p = u64_to_dec(u, end);
    if (v < 0) *--p = '-';
    int32_t n = (int32_t)(end - p);
    memcpy(buf, p, (size_t)n);
    buf[n] = 0; /* n <= 20, buf has 24 bytes */
    return n;
}

PyzStr *pyz_int_to_str(int64_t v)
{
    if (PYZ_UNLIKELY(pyz_int_is_big(v))) return pyz_bigint_to_str(v);
    char buf[24];
    int32_t n = pyz_fmt_int(v, buf);
    return str_ascii(buf, n);
}

/* Digits (and sign) of a small int word. */
static int32_t dec_len(int64_t v)
{
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    int32_t n = 1 + (v < 0);
    while (u >= 100) { u /= 100; n += 2; }
    return n + (u >= 10);
}

/* The parts' total length first (a big int is made a str here: its digits), then one block written
 * left to right; an int's padding goes before its sign unless the fill is '0'. */
PyzStr *pyz_str_build(PyzStrPart *parts, int32_t n)
{
    int64_t len = 0, ncp = 0;
    bool joins = false, wrap = false;
    for (int32_t k = 0; k < n; k++) {
        PyzStrPart *p = &parts[k];
        if (p->l) {  /* as pyz_str_join: code points cannot wrap unless bytes do */
            int64_t m = p->l->len, b = 0;
            uint64_t c = m ? (uint64_t)p->s->ncp * (uint64_t)(m - 1) : 0;
            wrap |= m && __builtin_mul_overflow(p->s->len, m - 1, &b);
            for (int64_t i = 0; i < m; i++) {
                wrap |= __builtin_add_overflow(b, p->l->items[i]->len, &b);
                c += (uint64_t)p->l->items[i]->ncp;
            }
            if (PYZ_UNLIKELY(wrap)) {
                pyz_raise(PYZ_EXC_OverflowError, "join() result is too long for a Python string");
                return str_alloc(0); /* a dummy: the caller tests */
            }
            wrap |= __builtin_add_overflow(len, b, &len);
            ncp += (int64_t)c;
            joins = true;
            continue;
        }
        if (!p->is_int) {
            int64_t n = p->s->len, cp = p->s->ncp;
            if (p->range) {  /* bytes [i, to) of s, at code point boundaries */
                n = (p->to < 0 ? n : p->to) - p->i;
                cp = p->s->ascii ? n : pyz_utf8_count(p->s->data + p->i, n);
            }
            p->len = p->align && p->width > cp ? (int32_t)(p->width - cp) : 0;  /* its pad */
            len += n + p->len;
            ncp += cp + p->len;
            continue;
        }
        if (PYZ_UNLIKELY(pyz_int_is_big(p->i))) {
            p->s = pyz_int_to_str(p->i);
            if (PYZ_UNLIKELY(pyz_exc_pending)) return str_alloc(0); /* a dummy: the caller tests */
            p->len = (int32_t)p->s->len;  /* < 2**31: CPython's limit is 4,300 digits */
        } else {
            p->len = dec_len(p->i);
        }
        int64_t w = p->len > p->width ? p->len : p->width;
        len += w;
        ncp += w;
    }
    PyzStr *r = joins ? str_try_alloc(wrap ? -1 : len) : str_alloc(len);  /* a list's total: it may not be had */
    if (PYZ_UNLIKELY(!r)) return str_alloc(0); /* a dummy: the caller tests */
    r->ncp = ncp;
    r->ascii = len == ncp;
    char *o = str_buf(r);
    for (int32_t k = 0; k < n; k++) {
        PyzStrPart *p = &parts[k];
        if (p->l) {
            PyzStr **its = p->l->items;
            int64_t m = p->l->len, sl = p->s->len;
            for (int64_t i = 0; i < m; i++) {
                if (i && sl == 1) {  /* ",".join(xs): one byte stored */
                    *o++ = p->s->data[0];
                } else if (i) {
                    pyz_copy_bytes(o, p->s->data, sl);
                    o += sl;
                }
                pyz_copy_bytes(o, its[i]->data, its[i]->len);
                o += its[i]->len;
            }
            continue;
        }
        if (!p->is_int) {
            const char *d = p->s->data;
            int64_t n = p->s->len;
            if (p->range) {
                d += p->i;
                n = (p->to < 0 ? n : p->to) - p->i;
            }
            if (p->len && p->align != '<') {  /* '>' the fill first; '=' (zfill) a sign, then '0's */
                if (p->align == '=' && n && (d[0] == '+' || d[0] == '-')) {
                    *o++ = *d++;
                    n--;
                }
                memset(o, p->fill, (size_t)p->len);
                o += p->len;
            }
            pyz_copy_bytes(o, d, n);
            o += n;
            if (p->len && p->align == '<') {
                memset(o, p->fill, (size_t)p->len);
                o += p->len;
            }
            continue;
        }
        bool big = pyz_int_is_big(p->i);
        bool neg = big ? p->s->data[0] == '-' : p->i < 0;
        if (neg && p->fill == '0') *o++ = '-';
        for (int32_t pad = p->width - p->len; pad > 0; pad--) *o++ = p->fill;
        if (neg && p->fill != '0') *o++ = '-';
        int32_t nd = p->len - neg;
        if (big) {
            memcpy(o, p->s->data + neg, (size_t)nd);
        } else {
            uint64_t u = p->i < 0 ? (uint64_t)0 - (uint64_t)p->i : (uint64_t)p->i;
            u64_to_dec(u, o + nd);
        }
        o += nd;
    }
    return r;
}

PyzStr *pyz_bool_to_str(bool v)
{
    return v ? str_ascii("True", 4) : str_ascii("False", 5);
}

/* ----------------------------------------------------- float digits */

/* Scratch sizes: a double has at most 767 significant decimal digits and
 * at most 1074 digits after the point, so asking snprintf for more than
 * E_CAP significant or F_CAP fractional digits only adds exact zeros,
 * which the layout re-creates. */
#define E_CAP 800
#define F_CAP 1100
#define DIG_BUF 1500

/* Parses snprintf "%.*e" output (non-negative) into digits; returns the
 * count before stripping, sets *exp10. */
static int parse_e(const char *t, char *dig, int *exp10)
{
    int k = 0;
    dig[k++] = *t++;
    if (*t == '.') {
        t++;
        while (*t >= '0' && *t <= '9') dig[k++] = *t++;
    }
    /* *t == 'e' */
    t++;
    int neg = *t == '-';
    t++;
    int e = 0;
    while (*t >= '0' && *t <= '9') e = e * 10 + (*t++ - '0');
    *exp10 = neg ? -e : e;
    return k;
}

static int strip_zeros(char *dig, int k, int64_t *decpt)
{
    while (k > 1 && dig[k - 1] == '0') k--;
    if (k == 1 && dig[0] == '0') *decpt = 1;
    return k;
}

/* dtoa mode 2: ndig >= 1 correctly rounded significant digits of |v|
 * (finite); trailing zeros stripped; zero gives "0", decpt 1. */
static int digits_e(double v, int64_t ndig, char *dig, int64_t *decpt)
{
    char tmp[E_CAP + 16];
    int p = ndig > E_CAP ? E_CAP : (int)ndig;
    int e;
    snprintf(tmp, sizeof tmp, "%.*e", p - 1, fabs(v));
    int k = parse_e(tmp, dig, &e);
    *decpt = (int64_t)e + 1;
    return strip_zeros(dig, k, decpt);
}

/* dtoa mode 3: |v| rounded to nfrac >= 0 digits after the point. */
static int digits_f(double v, int64_t nfrac, char *dig, int64_t *decpt)
{
    char tmp[DIG_BUF];
    int p = nfrac > F_CAP ? F_CAP : (int)nfrac;
    snprintf(tmp, sizeof tmp, "%.*f", p, fabs(v));
    const char *t = tmp;
    int k = 0, ip = 0;
    while (*t >= '0' && *t <= '9') { dig[k++] = *t++; ip++; }
    if (*t == '.') {
        t++;
        while (*t >= '0' && *t <= '9') dig[k++] = *t++;
    }
    int lead = 0;
    while (lead < k && dig[lead] == '0') lead++;
    if (lead == k) {
        dig[0] = '0';
        *decpt = 1;
        return 1;
    }
    memmove(dig, dig + lead, (size_t)(k - lead));
    k -= lead;
    *decpt = ip - lead;
    return strip_zeros(dig, k, decpt);
}

/* Schubfach (R. Giulietti, "The Schubfach way to render doubles", 2021;
 * as in OpenJDK's DoubleToDecimal) for finite doubles: the shortest
 * decimal in the rounding interval, the closest to v among those, ties to
 * even - what CPython's dtoa mode 0 gives.  g[k + 324] is
 * floor(10^-k * 2^(125 - floor(log2(10^-k)))) + 1, split as
 * g1 * 2^63 + g0, computed with exact rational arithmetic; the flog*
 * helpers below were checked against exact floors over every exponent a
 * double can have.  Results were compared with CPython's repr on millions
 * of doubles, all subnormals below 2^-1054 among them. */
static const uint64_t schubfach_g[617][2] = {
    {0x4f0cedc95a718dd4ull, 0x5b01e8b09aa0d1b5ull}, /* -324 */
    {0x7e7b160ef71c1621ull, 0x119ca780f767b5eeull}, /* -323 */
    {0x652f44d8c5b011b4ull, 0x0e16ec672c52f7f2ull}, /* -322 */
    {0x50f29d7a37c00e29ull, 0x581256b8f0425ff5ull}, /* -321 */
    {0x40c21794f96671baull, 0x79a84560c0351991ull}, /* -320 */
    {0x679cf287f570b5f7ull, 0x75da089acd21c281ull}, /* -319 */
    {0x52e3f5399126f7f9ull, 0x44ae6d48a41b0201ull}, /* -318 */
    {0x424ff76140ebf994ull, 0x36f1f106e9af34cdull}, /* -317 */
    {0x6a198bcece465c20ull, 0x57e981a4a918547bull}, /* -316 */
    {0x54e13ca571d1e34dull, 0x2cbace1d541376c9ull}, /* -315 */
    {0x43e763b78e4182a4ull, 0x23c8a4e44342c56eull}, /* -314 */
    {0x6ca56c58e39c043aull, 0x060dd4a06b9e08b0ull}, /* -313 */
    {0x56eabd13e9499cfbull, 0x1e7176e6bc7e6d59ull}, /* -312 */
    {0x458897432107b0c8ull, 0x7ec12bebc9febde1ull}, /* -311 */
    {0x6f40f20501a5e7a7ull, 0x7e01dfdfa9979635ull}, /* -310 */
    {0x5900c19d9aeb1fb9ull, 0x4b34b319547944f7ull}, /* -309 */
    {0x4733ce17af227fc7ull, 0x55c3c27aa9fa9d93ull}, /* -308 */
    {0x71ec7cf2b1d0cc72ull, 0x560603f7765dc8eaull}, /* -307 */
    {0x5b2397288e40a38eull, 0x7804cff92b7e3a55ull}, /* -306 */
    {0x48e945ba0b66e93full, 0x13370cc755fe9511ull}, /* -305 */
    {0x74a86f90123e41feull, 0x51f1ae0bbcca881bull}, /* -304 */
    {0x5d538c7341cb67feull, 0x74c1580963d539afull}, /* -303 */
    {0x4aa93d29016f8665ull, 0x43cde0078310faf3ull}, /* -302 */
    {0x77752ea8024c0a3cull, 0x0616333f381b2b1eull}, /* -301 */
    {0x5f90f22001d66e96ull, 0x3811c298f9af55b1ull}, /* -300 */
    {0x4c73f4e667debedeull, 0x600e35472e25de28ull}, /* -299 */
    {0x7a532170a6313164ull, 0x3349eed849d6303full}, /* -298 */
    {0x61dc1ac084f42783ull, 0x42a18be03b11c033ull}, /* -297 */
    {0x4e49af006a5cec69ull, 0x1bb46fe695a7ccf5ull}, /* -296 */
    {0x7d42b19a43c7e0a8ull, 0x2c53e63dbc3fae55ull}, /* -295 */
    {0x64355ae1cfd31a20ull, 0x237651cafcffbeaaull}, /* -294 */
    {0x502aaf1b0ca8e1b3ull, 0x35f8416f30cc9888ull}, /* -293 */
    {0x402225af3d53e7c2ull, 0x5e603458f3d6e06dull}, /* -292 */
    {0x669d0918621fd937ull, 0x4a3386f4b957cd7bull}, /* -291 */
    {0x52173a79e8197a92ull, 0x6e8f9f2a2ddfd796ull}, /* -290 */
    {0x41ac2ec7ece12edbull, 0x720c7f54f17fdfabull}, /* -289 */
    {0x69137e0cae3517c6ull, 0x1ce0cbbb1bffcc45ull}, /* -288 */
    {0x540f980a24f74638ull, 0x171a3c95afffd69eull}, /* -287 */
    {0x433facd4ea5f6b60ull, 0x127b63aaf3331218ull}, /* -286 */
    {0x6b991487dd657899ull, 0x6a5f05de51eb5026ull}, /* -285 */
    {0x5614106cb11dfa14ull, 0x5518d17ea7ef7352ull}, /* -284 */
    {0x44dcd9f08db194ddull, 0x2a7a41321ff2c2a8ull}, /* -283 */
    {0x6e2e2980e2b5bafbull, 0x5d906850331e043full}, /* -282 */
    {0x5824ee00b55e2f2full, 0x647386a68f4b3699ull}, /* -281 */
    {0x4683f19a2ab1bf59ull, 0x36c2d21ed908f87bull}, /* -280 */
    {0x70d31c29dde93228ull, 0x579e1cfe280e5a5dull}, /* -279 */
    {0x5a427cee4b20f4edull, 0x2c7e7d98200b7b7eull}, /* -278 */
    {0x483530bea280c3f1ull, 0x09fecae019a2c932ull}, /* -277 */
    {0x73884dfdd0ce064eull, 0x43314499c29e0eb6ull}, /* -276 */
    {0x5c6d0b3173d8050bull, 0x4f5a9d47cee4d891ull}, /* -275 */
    {0x49f0d5c129799da2ull, 0x72aee4397250ad41ull}, /* -274 */
    {0x764e22cea8c295d1ull, 0x377e39f583b44868ull}, /* -273 */
    {0x5ea4e8a553cede41ull, 0x12cb61913629d387ull}, /* -272 */
    {0x4bb72084430be500ull, 0x756f8140f8217605ull}, /* -271 */
    {0x792500d39e796e67ull, 0x6f18cece59cf233cull}, /* -270 */
    {0x60ea670fb1fabeb9ull, 0x3f470bd847d8e8fdull}, /* -269 */
    {0x4d885272f4c89894ull, 0x329f3cad064720caull}, /* -268 */
    {0x7c0d50b7ee0dc0edull, 0x37652de1a3a50143ull}, /* -267 */
    {0x633dda2cbe716724ull, 0x2c50f1814fb73436ull}, /* -266 */
    {0x4f64ae8a31f45283ull, 0x3d0d8e010c92902bull}, /* -265 */
    {0x7f077da9e986ea6bull, 0x7b48e334e0ea8045ull}, /* -264 */
    {0x659f97bb2138bb89ull, 0x49071c2a4d88669dull}, /* -263 */
    {0x514c796280fa2fa1ull, 0x20d27ceea46d1ee4ull}, /* -262 */
    {0x4109fab533fb594dull, 0x670eca58838a7f1dull}, /* -261 */
    {0x680ff788532bc216ull, 0x0b4add5a6c10cb62ull}, /* -260 */
    {0x533ff939dc2301abull, 0x22a24aaebcda3c4eull}, /* -259 */
    {0x4299942e49b59aefull, 0x354ea22563e1c9d8ull}, /* -258 */
    {0x6a8f537d42bc2b18ull, 0x554a9d089fcfa95aull}, /* -257 */
    {0x553f75fdcefcef46ull, 0x776ee406e63fbaaeull}, /* -256 */
    {0x4432c4cb0bfd8c38ull, 0x5f8be99f1e996225ull}, /* -255 */
    {0x6d1e07ab466279f4ull, 0x327975cb64289d08ull}, /* -254 */
    {0x574b3955d1e86190ull, 0x28612b091ced4a6dull}, /* -253 */
    {0x45d5c777db204e0dull, 0x06b4226db0bdd524ull}, /* -252 */
    {0x6fbc72595e9a167bull, 0x24536a491ac95506ull}, /* -251 */
    {0x59638eade54811fcull, 0x1d0f883a7bd44405ull}, /* -250 */
    {0x4782d88b1dd34196ull, 0x4a72d361fca9d004ull}, /* -249 */
    {0x726af411c952028aull, 0x43eaebcffaa94cd3ull}, /* -248 */
    {0x5b88c3416ddb353bull, 0x4fef230cc88770a9ull}, /* -247 */
    {0x493a35cdf17c2a96ull, 0x0cbf4f3d6d3926eeull}, /* -246 */
    {0x7529efafe8c6aa89ull, 0x61321862485b717cull}, /* -245 */
    {0x5dbb262653d22207ull, 0x675b46b506af8dfdull}, /* -244 */
    {0x4afc1e850fdb4e6cull, 0x52af6bc405593e64ull}, /* -243 */
    {0x77f9ca6e7fc54a47ull, 0x377f12d33bc1fd6dull}, /* -242 */
    {0x5ffb085866376e9full, 0x45ff42429634cabdull}, /* -241 */
    {0x4cc8d379eb5f8bb2ull, 0x6b329b68782a3bcbull}, /* -240 */
    {0x7adaebf64565ac51ull, 0x2b842bda59dd2c77ull}, /* -239 */
    {0x6248bcc5045156a7ull, 0x3c69bcaeae4a89f9ull}, /* -238 */
    {0x4ea0970403744552ull, 0x6387ca25583ba194ull}, /* -237 */
    {0x7dcdbe6cd253a21eull, 0x05a6103bc05f68edull}, /* -236 */
    {0x64a498570ea94e7eull, 0x37b80cfc99e5ed8aull}, /* -235 */
    {0x5083ad1272210b98ull, 0x2c933d96e184be08ull}, /* -234 */
    {0x40695741f4e73c79ull, 0x7075cadf1ad09807ull}, /* -233 */
    {0x670ef2032171fa5cull, 0x4d8944982ae759a4ull}, /* -232 */
    {0x52725b35b45b2eb0ull, 0x3e076a135585e150ull}, /* -231 */
    {0x41f515c49048f226ull, 0x64d2bb42aad1810dull}, /* -230 */
    {0x698822d41a0e503eull, 0x07b7920444826815ull}, /* -229 */
    {0x546ce8a9ae71d9cbull, 0x1fc60e69d0685344ull}, /* -228 */
    {0x438a53baf1f4ae3cull, 0x196b3ebb0d20429dull}, /* -227 */
    {0x6c1085f7e9877d2dull, 0x0f11fdf815006a94ull}, /* -226 */
    {0x56739e5fee05fdbdull, 0x58db319344005543ull}, /* -225 */
    {0x45294b7ff19e6497ull, 0x60af5adc3666aa9cull}, /* -224 */
    {0x6ea878ccb5ca3a8cull, 0x344bc4938a3dddc7ull}, /* -223 */
    {0x5886c70a2b082ed6ull, 0x5d096a0fa1cb17d2ull}, /* -222 */
    {0x46d238d4ef39bf12ull, 0x173abb3fb4a27975ull}, /* -221 */
    {0x71505aee4b8f981dull, 0x0b912b992103f588ull}, /* -220 */
    {0x5aa6af25093face4ull, 0x0940efadb4032ad3ull}, /* -219 */
    {0x488558ea6dcc8a50ull, 0x07672624900288a9ull}, /* -218 */
    {0x74088e43e2e0dd4cull, 0x723ea36db337410eull}, /* -217 */
    {0x5cd3a5031be71770ull, 0x5b654f8af5c5cda5ull}, /* -216 */
    {0x4a42ea68e31f45f3ull, 0x62b772d5916b0aebull}, /* -215 */
    {0x76d1770e38320986ull, 0x0458b7bc1bde77ddull}, /* -214 */
    {0x5f0df8d82cf4d46bull, 0x1d13c630164b9318ull}, /* -213 */
    {0x4c0b2d79bd90a9efull, 0x30dc9e8cdea2dc13ull}, /* -212 */
    {0x79ab7bf5fc1aa97full, 0x0160fdae31049351ull}, /* -211 */
    {0x6155fcc4c9aeedffull, 0x1ab3fe24f403a90eull}, /* -210 */
    {0x4dde63d0a158be65ull, 0x6229981d9002eda5ull}, /* -209 */
    {0x7c97061a9bc130a2ull, 0x69dc2695b337e2a1ull}, /* -208 */
    {0x63ac04e2163426e8ull, 0x54b01ede28f9821bull}, /* -207 */
    {0x4fbcd0b4de901f20ull, 0x43c018b1ba6134e2ull}, /* -206 */
    {0x7f9481216419cb67ull, 0x1f99c11c5d68549dull}, /* -205 */
    {0x6610674de9ae3c52ull, 0x4c7b00e37ded107eull}, /* -204 */
    {0x51a6b90b21583042ull, 0x09fc00b5fe574065ull}, /* -203 */
    {0x41522da2811359ceull, 0x3b3000919845cd1dull}, /* -202 */
    {0x68837c3734ebc2e3ull, 0x784ccdb5c06fae95ull}, /* -201 */
    {0x539c635f5d8968b6ull, 0x2d0a3e2b00595877ull}, /* -200 */
    {0x42e382b2b13aba2bull, 0x3da1cb5599e11393ull}, /* -199 */
    {0x6b059deab52ac378ull, 0x629c7888f634ec1eull}, /* -198 */
    {0x559e17eef755692dull, 0x3549fa072b5d89b1ull}, /* -197 */
    {0x447e798bf91120f1ull, 0x1107fb38ef7e07c1ull}, /* -196 */
    {0x6d9728dff4e834b5ull, 0x01a65ec17f300c68ull}, /* -195 */
    {0x57ac20b32a535d5dull, 0x4e1eb23465c009edull}, /* -194 */
    {0x46234d5c21dc4ab1ull, 0x24e55b5d1e333b24ull}, /* -193 */
    {0x70387bc69c93aab5ull, 0x216ef894fd1ec506ull}, /* -192 */
    {0x59c6c96bb076222aull, 0x4df2607730e56a6cull}, /* -191 */
    {0x47d23abc8d2b4e88ull, 0x3e5b805f5a5121f0ull}, /* -190 */
    {0x72e9f79415121740ull, 0x63c59a322a1b697full}, /* -189 */
    {0x5bee5fa9aa74df67ull, 0x03047b5b54e2baccull}, /* -188 */
    {0x498b7fbaeec3e5ecull, 0x0269fc4910b5623dull}, /* -187 */
    {0x75abff917e063cacull, 0x6a432d41b45569fbull}, /* -186 */
    {0x5e2332dacb38308aull, 0x21cf5767c37787fcull}, /* -185 */
    {0x4b4f5be23c2cf3a1ull, 0x67d912b9692c6ccaull}, /* -184 */
    {0x787ef969f9e185cfull, 0x595b5128a8471476ull}, /* -183 */
    {0x60659454c7e79e3full, 0x6115da86ed05a9f8ull}, /* -182 */
    {0x4d1e1043d31fb1ccull, 0x4dab1538bd9e2193ull}, /* -181 */
    {0x7b634d3951cc4fadull, 0x62ab552795c9cf52ull}, /* -180 */
    {0x62b5d7610e3d0c8bull, 0x0222aa86116e3f75ull}, /* -179 */
    {0x4ef7df80d830d6d5ull, 0x4e822204dabe992aull}, /* -178 */
    {0x7e59659af38157bcull, 0x17369cd49130f510ull}, /* -177 */
    {0x65145148c2cddfc9ull, 0x5f5ee3dd40f3f740ull}, /* -176 */
    {0x50dd0dd3cf0b196eull, 0x1918b64a9a5cc5cdull}, /* -175 */
    {0x40b0d7dca5a27abeull, 0x4746f83baeb09e3eull}, /* -174 */
    {0x678159610903f797ull, 0x253e59f91780fd2full}, /* -173 */
    {0x52cde11a6d9cc612ull, 0x50feae60df9a6426ull}, /* -172 */
    {0x423e4daebe1704dbull, 0x5a65584d7faeb685ull}, /* -171 */
    {0x69fd4917968b3af9ull, 0x10a226e265e4573bull}, /* -170 */
    {0x54caa0dfaba29594ull, 0x0d4e8581eb1d1295ull}, /* -169 */
    {0x43d54d7fbc821143ull, 0x243ed134bc174211ull}, /* -168 */
    {0x6c887bff94034ed2ull, 0x06cae85460253682ull}, /* -167 */
    {0x56d396661002a574ull, 0x6bd586a9e6842b9bull}, /* -166 */
    {0x457611eb40021df7ull, 0x09779eee52035616ull}, /* -165 */
    {0x6f234fdeccd02ff1ull, 0x5bf297e3b66bbcefull}, /* -164 */
    {0x58e90cb23d73598eull, 0x165bacb62b8963f3ull}, /* -163 */
    {0x4720d6f4fdf5e13eull, 0x451623c4efa11cc2ull}, /* -162 */
    {0x71ce24bb2fefcecaull, 0x3b569fa17f682e03ull}, /* -161 */
    {0x5b0b5095bff30bd5ull, 0x15dee61acc535803ull}, /* -160 */
    {0x48d5da11665c0977ull, 0x2b18b8157042accfull}, /* -159 */
    {0x74895ce8a3c6758bull, 0x5e8df355806aae18ull}, /* -158 */
    {0x5d3ab0ba1c9ec46full, 0x653e5c4466bbbe7aull}, /* -157 */
    {0x4a955a2e7d4bd059ull, 0x3765169d1efc9861ull}, /* -156 */
    {0x77555d172edfb3c2ull, 0x256e8a94fe60f3cfull}, /* -155 */
    {0x5f777dac257fc301ull, 0x6abed543feb3f63full}, /* -154 */
    {0x4c5f97bceacc9c01ull, 0x3bcbddcffef65e99ull}, /* -153 */
    {0x7a328c6177adc668ull, 0x5fac961997f0975bull}, /* -152 */
    {0x61c209e792f16b86ull, 0x7fbd44e1465a12afull}, /* -151 */
    {0x4e34d4b9425abc6bull, 0x7fca9d810514dbbfull}, /* -150 */
    {0x7d21545b9d5dfa46ull, 0x32ddc8ce6e87c5ffull}, /* -149 */
    {0x641aa9e2e44b2e9eull, 0x5be4a0a525396b32ull}, /* -148 */
    {0x501554b5836f587eull, 0x7cb6e6ea842def5cull}, /* -147 */
    {0x4011109135f2ad32ull, 0x30925255368b25e3ull}, /* -146 */
    {0x6681b41b89844850ull, 0x4db6ea21f0dea304ull}, /* -145 */
    {0x52015ce2d469d373ull, 0x57c5881b2718826aull}, /* -144 */
    {0x419ab0b576bb0f8full, 0x5fd139af527a01efull}, /* -143 */
    {0x68f781225791b27full, 0x4c81f5e550c3364aull}, /* -142 */
    {0x53f9341b79415b99ull, 0x239b2b1dda35c508ull}, /* -141 */
    {0x432dc3492dcde2e1ull, 0x02e288e4ae916a6dull}, /* -140 */
    {0x6b7c6ba849496b01ull, 0x516a74a1174f10aeull}, /* -139 */
    {0x55fd22ed076def34ull, 0x4121f6e745d8da25ull}, /* -138 */
    {0x44ca82573924bf5dull, 0x1a8192529e4714ebull}, /* -137 */
    {0x6e10d08b8ea1322eull, 0x5d9c1d50fd3e87ddull}, /* -136 */
    {0x580d73a2d880f4f2ull, 0x17b01773fdcb9fe4ull}, /* -135 */
    {0x4671294f139a5d8eull, 0x4626792997d61984ull}, /* -134 */
    {0x70b50ee4ec2a2f4aull, 0x3d0a5b75bfbcf59full}, /* -133 */
    {0x5a2a7250bcee8c3bull, 0x4a6eaf916630c47full}, /* -132 */
    {0x4821f50d63f209c9ull, 0x21f2260deb5a36ccull}, /* -131 */
    {0x736988156cb6760eull, 0x69837016455d247aull}, /* -130 */
    {0x5c546cddf091f80bull, 0x6e02c011d1175062ull}, /* -129 */
    {0x49dd23e4c074c66full, 0x719bccdb0dac404eull}, /* -128 */
    {0x762e9fd467213d7full, 0x68f947c4e2ad33b0ull}, /* -127 */
    {0x5e8bb3105280fdffull, 0x6d94396a4ef0f627ull}, /* -126 */
    {0x4ba2f5a6a8673199ull, 0x3e102deea58d91b9ull}, /* -125 */
    {0x7904bc3dda3eb5c2ull, 0x3019e3176f48e927ull}, /* -124 */
    {0x60d09697e1cbc49bull, 0x4014b5ac590720ecull}, /* -123 */
    {0x4d73abacb4a303afull, 0x4cdd5e237a6c1a57ull}, /* -122 */
    {0x7bec45e12104d2b2ull, 0x47c8969f2a46908aull}, /* -121 */
    {0x63236b1a80d0a88eull, 0x6ca0787f5505406full}, /* -120 */
    {0x4f4f88e200a6ed3full, 0x0a19f9ff773766bfull}, /* -119 */
    {0x7ee5a7d0010b1531ull, 0x5cf65ccbf1f23dfeull}, /* -118 */
    {0x6584864000d5aa8eull, 0x172b7d6ff4c1cb32ull}, /* -117 */
    {0x5136d1cccd77bba4ull, 0x78ef978cc3ce3c28ull}, /* -116 */
    {0x40f8a7d70ac62fb7ull, 0x13f2dfa3cfd83020ull}, /* -115 */
    {0x67f43fbe77a37f8bull, 0x398499061959e699ull}, /* -114 */
    {0x5329cc985fb5ffa2ull, 0x6136e0d1ade18548ull}, /* -113 */
    {0x4287d6e04c91994full, 0x00f8b3daf181376dull}, /* -112 */
    {0x6a72f166e0e8f54bull, 0x1b27862b1c01f247ull}, /* -111 */
    {0x5528c11f1a53f76full, 0x2f52d1bc1667f506ull}, /* -110 */
    {0x44209a7f48432c59ull, 0x0c424163451ff738ull}, /* -109 */
    {0x6d00f7320d3846f4ull, 0x7a039bd208332526ull}, /* -108 */
    {0x5733f8f4d76038c3ull, 0x7b361641a028ea85ull}, /* -107 */
    {0x45c32d90ac4cfa36ull, 0x2f5e78348020bb9eull}, /* -106 */
    {0x6f9eaf4de07b29f0ull, 0x4bca59ed99cdf8fcull}, /* -105 */
    {0x594bbf71806287f3ull, 0x563b7b247b0b2d96ull}, /* -104 */
    {0x476fcc5acd1b9ff6ull, 0x11c92f50626f57acull}, /* -103 */
    {0x724c7a2ae1c5ccbdull, 0x02db7ee703e55912ull}, /* -102 */
    {0x5b7061bbe7d17097ull, 0x1be2cbec031de0dcull}, /* -101 */
    {0x4926b496530df3acull, 0x164f09899c17e716ull}, /* -100 */
    {0x750aba8a1e7cb913ull, 0x3d4b4275c68ca4f0ull}, /* -99 */
    {0x5da22ed4e530940full, 0x4aa29b916ba3b726ull}, /* -98 */
    {0x4ae825771dc07672ull, 0x6ee87c74561c9285ull}, /* -97 */
    {0x77d9d58b62cd8a51ull, 0x3173fa53bcfa8408ull}, /* -96 */
    {0x5fe177a2b5713b74ull, 0x278ffb7630c869a0ull}, /* -95 */
    {0x4cb45fb55df42f90ull, 0x1fa662c4f3d387b3ull}, /* -94 */
    {0x7aba32bbc986b280ull, 0x32a3d13b1fb8d91full}, /* -93 */
    {0x622e8efca1388ecdull, 0x0ee9742f4c93e0e6ull}, /* -92 */
    {0x4e8ba596e760723dull, 0x58bac3590a0fe71eull}, /* -91 */
    {0x7dac3c24a5671d2full, 0x412ad228101971c9ull}, /* -90 */
    {0x6489c9b6eab8e426ull, 0x00ef0e8673478e3bull}, /* -89 */
    {0x506e3af8bbc71cebull, 0x1a58d86b8f6c71c9ull}, /* -88 */
    {0x40582f2d6305b0bcull, 0x1513e0560c56c16eull}, /* -87 */
    {0x66f37eaf04d5e793ull, 0x3b530089ad579be2ull}, /* -86 */
    {0x525c6558d0ab1fa9ull, 0x15dc006e2446164full}, /* -85 */
    {0x41e384470d55b2edull, 0x5e4999f1b69e783full}, /* -84 */
    {0x696c06d81555eb15ull, 0x7d428fe92430c065ull}, /* -83 */
    {0x54566be0111188deull, 0x31020cba835a3384ull}, /* -82 */
    {0x4378564cda746d7eull, 0x5a680a2ecf7b5c69ull}, /* -81 */
    {0x6bf3bd47c3ed7bfdull, 0x770cdd17b25efa42ull}, /* -80 */
    {0x565c976c9cbdfccbull, 0x1270b0dfc1e59502ull}, /* -79 */
    {0x4516df8a16fe63d5ull, 0x5b8d5a4c9b1e10ceull}, /* -78 */
    {0x6e8aff4357fd6c89ull, 0x127bc3adc4fce7b0ull}, /* -77 */
    {0x586f329c466456d4ull, 0x0ec96957d0ca52f3ull}, /* -76 */
    {0x46bf5bb038504576ull, 0x3f07877973d50f29ull}, /* -75 */
    {0x71322c4d26e6d58aull, 0x31a5a58f1fbb4b75ull}, /* -74 */
    {0x5a8e89d75252446eull, 0x5aeaead8e62f6f91ull}, /* -73 */
    {0x487207df750e9d25ull, 0x2f22557a51bf8c74ull}, /* -72 */
    {0x73e9a63254e42ea2ull, 0x1836ef2a1c65ad86ull}, /* -71 */
    {0x5cbaeb5b771cf21bull, 0x2cf8bf54e3848ad2ull}, /* -70 */
    {0x4a2f22af927d8e7cull, 0x23fa32aa4f9d3bdbull}, /* -69 */
    {0x76b1d118ea627d93ull, 0x5329eaaa18fb92f8ull}, /* -68 */
    {0x5ef4a74721e86476ull, 0x0f54bbbb472fa8c6ull}, /* -67 */
    {0x4bf6ec38e7ed1d2bull, 0x25dd62fc38f2ed6cull}, /* -66 */
    {0x798b138e3fe1c845ull, 0x22fbd1938e517bdfull}, /* -65 */
    {0x613c0fa4ffe7d36aull, 0x4f2fdadc71dac97full}, /* -64 */
    {0x4dc9a61d998642bbull, 0x58f3157d27e23accull}, /* -63 */
    {0x7c75d695c2706ac5ull, 0x74b82261d969f7adull}, /* -62 */
    {0x63917877cec0556bull, 0x10934eb4adee5fbeull}, /* -61 */
    {0x4fa793930bcd1122ull, 0x4075d8908b251965ull}, /* -60 */
    {0x7f7285b812e1b504ull, 0x00bc8db411d4f56eull}, /* -59 */
    {0x65f537c675815d9cull, 0x66fd3e29a7dd9125ull}, /* -58 */
    {0x5190f96b91344ae3ull, 0x6bfdcb54864ada84ull}, /* -57 */
    {0x4140c78940f6a24full, 0x6ffe3c439ea2486aull}, /* -56 */
    {0x6867a5a867f103b2ull, 0x7ffd2d38fdd073dcull}, /* -55 */
    {0x53861e2053273628ull, 0x6664242d97d9f64aull}, /* -54 */
    {0x42d1b1b375b8f820ull, 0x51e9b68adfe191d5ull}, /* -53 */
    {0x6ae91c5255f4c034ull, 0x1ca924116635b621ull}, /* -52 */
    {0x558749db77f70029ull, 0x63ba83411e915e81ull}, /* -51 */
    {0x446c3b15f9926687ull, 0x6962029a7edab201ull}, /* -50 */
    {0x6d79f82328ea3da6ull, 0x0f03375d97c45001ull}, /* -49 */
    {0x5794c6828721caebull, 0x259c2c4adfd04001ull}, /* -48 */
    {0x46109eced2816f22ull, 0x5149bd08b30d0001ull}, /* -47 */
    {0x701a97b150cf1837ull, 0x3542c80deb480001ull}, /* -46 */
    {0x59aedfc10d7279c5ull, 0x7768a00b22a00001ull}, /* -45 */
    {0x47bf19673df52e37ull, 0x79208008e8800001ull}, /* -44 */
    {0x72cb5bd86321e38cull, 0x5b67334174000001ull}, /* -43 */
    {0x5bd5e313828182d6ull, 0x7c528f6790000001ull}, /* -42 */
    {0x4977e8dc68679bdfull, 0x16a872b940000001ull}, /* -41 */
    {0x758ca7c70d7292feull, 0x5773eac200000001ull}, /* -40 */
    {0x5e0a1fd271287598ull, 0x45f6556800000001ull}, /* -39 */
    {0x4b3b4ca85a86c47aull, 0x04c5112000000001ull}, /* -38 */
    {0x785ee10d5da46d90ull, 0x07a1b50000000001ull}, /* -37 */
    {0x604be73de4838ad9ull, 0x52e7c40000000001ull}, /* -36 */
    {0x4d0985cb1d3608aeull, 0x0f1fd00000000001ull}, /* -35 */
    {0x7b426fab61f00de3ull, 0x31cc800000000001ull}, /* -34 */
    {0x629b8c891b267182ull, 0x5b0a000000000001ull}, /* -33 */
    {0x4ee2d6d415b85aceull, 0x7c08000000000001ull}, /* -32 */
    {0x7e37be2022c0914bull, 0x1340000000000001ull}, /* -31 */
    {0x64f964e68233a76full, 0x2900000000000001ull}, /* -30 */
    {0x50c783eb9b5c85f2ull, 0x5400000000000001ull}, /* -29 */
    {0x409f9cbc7c4a04c2ull, 0x1000000000000001ull}, /* -28 */
    {0x6765c793fa10079dull, 0x0000000000000001ull}, /* -27 */
    {0x52b7d2dcc80cd2e4ull, 0x0000000000000001ull}, /* -26 */
    {0x422ca8b0a00a4250ull, 0x0000000000000001ull}, /* -25 */
    {0x69e10de76676d080ull, 0x0000000000000001ull}, /* -24 */
    {0x54b40b1f852bda00ull, 0x0000000000000001ull}, /* -23 */
    {0x43c33c1937564800ull, 0x0000000000000001ull}, /* -22 */
    {0x6c6b935b8bbd4000ull, 0x0000000000000001ull}, /* -21 */
    {0x56bc75e2d6310000ull, 0x0000000000000001ull}, /* -20 */
    {0x4563918244f40000ull, 0x0000000000000001ull}, /* -19 */
    {0x6f05b59d3b200000ull, 0x0000000000000001ull}, /* -18 */
    {0x58d15e1762800000ull, 0x0000000000000001ull}, /* -17 */
    {0x470de4df82000000ull, 0x0000000000000001ull}, /* -16 */
    {0x71afd498d0000000ull, 0x0000000000000001ull}, /* -15 */
    {0x5af3107a40000000ull, 0x0000000000000001ull}, /* -14 */
    {0x48c2739500000000ull, 0x0000000000000001ull}, /* -13 */
    {0x746a528800000000ull, 0x0000000000000001ull}, /* -12 */
    {0x5d21dba000000000ull, 0x0000000000000001ull}, /* -11 */
    {0x4a817c8000000000ull, 0x0000000000000001ull}, /* -10 */
    {0x7735940000000000ull, 0x0000000000000001ull}, /* -9 */
    {0x5f5e100000000000ull, 0x0000000000000001ull}, /* -8 */
    {0x4c4b400000000000ull, 0x0000000000000001ull}, /* -7 */
    {0x7a12000000000000ull, 0x0000000000000001ull}, /* -6 */
    {0x61a8000000000000ull, 0x0000000000000001ull}, /* -5 */
    {0x4e20000000000000ull, 0x0000000000000001ull}, /* -4 */
    {0x7d00000000000000ull, 0x0000000000000001ull}, /* -3 */
    {0x6400000000000000ull, 0x0000000000000001ull}, /* -2 */
    {0x5000000000000000ull, 0x0000000000000001ull}, /* -1 */
    {0x4000000000000000ull, 0x0000000000000001ull}, /* 0 */
    {0x6666666666666666ull, 0x3333333333333334ull}, /* 1 */
    {0x51eb851eb851eb85ull, 0x0f5c28f5c28f5c29ull}, /* 2 */
    {0x4189374bc6a7ef9dull, 0x5916872b020c49bbull}, /* 3 */
    {0x68db8bac710cb295ull, 0x74f0d844d013a92bull}, /* 4 */
    {0x53e2d6238da3c211ull, 0x43f3e0370cdc8755ull}, /* 5 */
    {0x431bde82d7b634daull, 0x698fe69270b06c44ull}, /* 6 */
    {0x6b5fca6af2bd215eull, 0x0f4ca41d811a46d4ull}, /* 7 */
    {0x55e63b88c230e77eull, 0x3f70834acdae9f10ull}, /* 8 */
    {0x44b82fa09b5a52cbull, 0x4c5a02a23e254c0dull}, /* 9 */
    {0x6df37f675ef6eadfull, 0x2d5cd10396a21347ull}, /* 10 */
    {0x57f5ff85e592557full, 0x3de3da69454e75d3ull}, /* 11 */
    {0x465e6604b7a84465ull, 0x7e4fe1edd10b9175ull}, /* 12 */
    {0x709709a125da0709ull, 0x4a19697c81ac1befull}, /* 13 */
    {0x5a126e1a84ae6c07ull, 0x54e1213067bce326ull}, /* 14 */
    {0x480ebe7b9d58566cull, 0x43e74dc052fd8285ull}, /* 15 */
    {0x734aca5f6226f0adull, 0x530baf9a1e626a6dull}, /* 16 */
    {0x5c3bd5191b525a24ull, 0x426fbfae7eb521f1ull}, /* 17 */
    {0x49c97747490eae83ull, 0x4ebfcc8b9890e7f4ull}, /* 18 */
    {0x760f253edb4ab0d2ull, 0x4acc7a78f41b0cbaull}, /* 19 */
    {0x5e72843249088d75ull, 0x223d2ec729af3d62ull}, /* 20 */
    {0x4b8ed0283a6d3df7ull, 0x34fdbf05baf29781ull}, /* 21 */
    {0x78e480405d7b9658ull, 0x54c931a2c4b758cfull}, /* 22 */
    {0x60b6cd004ac94513ull, 0x5d6dc14f03c5e0a5ull}, /* 23 */
    {0x4d5f0a66a23a9da9ull, 0x31249aa59c9e4d51ull}, /* 24 */
    {0x7bcb43d769f762a8ull, 0x4ea0f76f60fd4882ull}, /* 25 */
    {0x63090312bb2c4eedull, 0x254d92bf80caa068ull}, /* 26 */
    {0x4f3a68dbc8f03f24ull, 0x1dd7a89933d54d20ull}, /* 27 */
    {0x7ec3daf941806506ull, 0x62f2a75b86221500ull}, /* 28 */
    {0x65697bfa9acd1d9full, 0x025bb91604e810cdull}, /* 29 */
    {0x51212ffbaf0a7e18ull, 0x684960de6a5340a4ull}, /* 30 */
    {0x40e7599625a1fe7aull, 0x203ab3e521dc33b6ull}, /* 31 */
    {0x67d88f56a29cca5dull, 0x19f7863b696052bdull}, /* 32 */
    {0x5313a5dee87d6eb0ull, 0x7b2c6b62bab37564ull}, /* 33 */
    {0x42761e4bed31255aull, 0x2f56bc4efbc2c450ull}, /* 34 */
    {0x6a5696dfe1e83bc3ull, 0x655793b192d13a1aull}, /* 35 */
    {0x5512124cb4b9c969ull, 0x377942f475742e7bull}, /* 36 */
    {0x440e750a2a2e3abaull, 0x5f9435905df68b96ull}, /* 37 */
    {0x6ce3ee76a9e3912aull, 0x65b9ef4d63241289ull}, /* 38 */
    {0x571cbec554b60dbbull, 0x6afb25d782834207ull}, /* 39 */
    {0x45b0989ddd5e7163ull, 0x08c8eb12cecf6806ull}, /* 40 */
    {0x6f80f42fc8971bd1ull, 0x5adb11b7b14bd9a3ull}, /* 41 */
    {0x5933f68ca078e30eull, 0x157c0e2c8dd647b5ull}, /* 42 */
    {0x475cc53d4d2d8271ull, 0x5dfcd823a4ab6c91ull}, /* 43 */
    {0x722e086215159d82ull, 0x632e269f6ddf141bull}, /* 44 */
    {0x5b5806b4ddaae468ull, 0x4f581ee5f17f4349ull}, /* 45 */
    {0x49133890b1558386ull, 0x72ace584c1329c3bull}, /* 46 */
    {0x74eb8db44eef38d7ull, 0x6aae3c079b842d2aull}, /* 47 */
    {0x5d893e29d8bf60acull, 0x5558300616035755ull}, /* 48 */
    {0x4ad431bb13cc4d56ull, 0x7779c004de6912abull}, /* 49 */
    {0x77b9e92b52e07bbeull, 0x258f99a163db5111ull}, /* 50 */
    {0x5fc7edbc424d2fcbull, 0x37a614811caf740dull}, /* 51 */
    {0x4c9ff163683dbfd5ull, 0x7951aa00e3bf900bull}, /* 52 */
    {0x7a998238a6c932efull, 0x754f7667d2cc19abull}, /* 53 */
    {0x6214682d523a8f26ull, 0x2aa5f8530f09ae22ull}, /* 54 */
    {0x4e76b9bddb620c1eull, 0x55519375a5a1581bull}, /* 55 */
    {0x7d8ac2c95f034697ull, 0x3bb5b8bc3c3559c5ull}, /* 56 */
    {0x646f023ab2690545ull, 0x7c9160969691149eull}, /* 57 */
    {0x5058ce955b87376bull, 0x16dab3ababa743b2ull}, /* 58 */
    {0x40470baaaf9f5f88ull, 0x78aef622efb902f5ull}, /* 59 */
    {0x66d812aab29898dbull, 0x0de4bd04b2c19e54ull}, /* 60 */
    {0x524675555bad4715ull, 0x57ea30d08f014b76ull}, /* 61 */
    {0x41d1f7777c8a9f44ull, 0x4654f3da0c01092cull}, /* 62 */
    {0x694ff258c7443207ull, 0x23bb1fc346680eacull}, /* 63 */
    {0x543ff513d29cf4d2ull, 0x4fc8e635d1ecd88aull}, /* 64 */
    {0x43665da9754a5d75ull, 0x263a51c4a7f0ad3bull}, /* 65 */
    {0x6bd6fc425543c8bbull, 0x56c3b607731aaec4ull}, /* 66 */
    {0x5645969b77696d62ull, 0x789c919f8f488bd0ull}, /* 67 */
    {0x4504787c5f878ab5ull, 0x46e3a7b2d906d640ull}, /* 68 */
    {0x6e6d8d93cc0c1122ull, 0x3e390c515b3e239aull}, /* 69 */
    {0x5857a4763cd6741bull, 0x4b60d6a77c31b615ull}, /* 70 */
    {0x46ac8391ca4529afull, 0x55e7121f968e2b44ull}, /* 71 */
    {0x711405b6106ea919ull, 0x0971b698f0e3786dull}, /* 72 */
    {0x5a766af80d255414ull, 0x078e2bad8d82c6bdull}, /* 73 */
    {0x485ebbf9a41ddcdcull, 0x6c71bc8ad79bd231ull}, /* 74 */
    {0x73cac65c39c96161ull, 0x2d82c7448c2c8382ull}, /* 75 */
    {0x5ca23849c7d44de7ull, 0x3e023903a356cf9bull}, /* 76 */
    {0x4a1b603b06437185ull, 0x7e682d9c82abd949ull}, /* 77 */
    {0x76923391a39f1c09ull, 0x4a4048fa6aac8edbull}, /* 78 */
    {0x5edb5c7482e5b007ull, 0x55003a61eef07249ull}, /* 79 */
    {0x4be2b05d35848cd2ull, 0x773361e7f259f507ull}, /* 80 */
    {0x796ab3c855a0e151ull, 0x3eb89ca6508fee71ull}, /* 81 */
    {0x6122296d114d810dull, 0x7efa16eb73a6585bull}, /* 82 */
    {0x4db4edf0daa4673eull, 0x3261abef8fb846afull}, /* 83 */
    {0x7c54afe7c43a3ecaull, 0x1d691318e5f3a44bull}, /* 84 */
    {0x6376f31fd02e98a1ull, 0x64540f471e5c836full}, /* 85 */
    {0x4f925c1973587a1bull, 0x0376729f4b7d35f3ull}, /* 86 */
    {0x7f50935bebc0c35eull, 0x38bd84321261efebull}, /* 87 */
    {0x65da0f7cbc9a35e5ull, 0x13cad0280eb4bfefull}, /* 88 */
    {0x517b3f96fd482b1dull, 0x5ca240200bc3ccbfull}, /* 89 */
    {0x412f66126439bc17ull, 0x63b50019a3030a33ull}, /* 90 */
    {0x684bd683d38f9359ull, 0x1f88002904d1a9eaull}, /* 91 */
    {0x536fdecfdc72dc47ull, 0x32d3335403daee55ull}, /* 92 */
    {0x42bfe57316c249d2ull, 0x5bdc291003158b77ull}, /* 93 */
    {0x6acca251be03a951ull, 0x12f9db4cd1bc1258ull}, /* 94 */
    {0x557081dafe695440ull, 0x7594af70a7c9a847ull}, /* 95 */
    {0x445a017bfebaa9cdull, 0x4476f2c0863aed06ull}, /* 96 */
    {0x6d5ccf2ccac442e2ull, 0x3a57eacda3917b3cull}, /* 97 */
    {0x577d728a3bd03581ull, 0x7b7988a482dac8fdull}, /* 98 */
    {0x45fdf53b630cf79bull, 0x15fad3b6cf156d97ull}, /* 99 */
    {0x6ffcbb923814bf5eull, 0x565e1f8ae4ef15beull}, /* 100 */
    {0x5996fc74f9aa32b2ull, 0x11e4e608b725aaffull}, /* 101 */
    {0x47abfd2a6154f55bull, 0x27ea51a0928488ccull}, /* 102 */
    {0x72acc843ceee555eull, 0x7310829a84074146ull}, /* 103 */
    {0x5bbd6d030bf1dde5ull, 0x42739baed005cdd2ull}, /* 104 */
    {0x49645735a327e4b7ull, 0x4ec2e2f24004a4a8ull}, /* 105 */
    {0x756d5855d1d96df2ull, 0x4ad16b1d333aa10cull}, /* 106 */
    {0x5df11377db1457f5ull, 0x2241227dc2954da3ull}, /* 107 */
    {0x4b2742c648dd132aull, 0x4e9a81fe35443e1cull}, /* 108 */
    {0x783ed13d4161b844ull, 0x175d9cc9eed39694ull}, /* 109 */
    {0x603240fdcde7c69cull, 0x7917b0a18bdc7876ull}, /* 110 */
    {0x4cf500cb0b1fd217ull, 0x1412f3b46fe39392ull}, /* 111 */
    {0x7b219ade7832e9beull, 0x535185ed7fd285b6ull}, /* 112 */
    {0x628148b1f9c25498ull, 0x42a79e57997537c5ull}, /* 113 */
    {0x4ecdd3c1949b76e0ull, 0x3552e512e12a9304ull}, /* 114 */
    {0x7e161f9c20f8be33ull, 0x6eeb081e3510eb39ull}, /* 115 */
    {0x64de7fb01a609829ull, 0x3f226ce4f740bc2eull}, /* 116 */
    {0x50b1ffc0151a1354ull, 0x3281f0b72c33c9beull}, /* 117 */
    {0x408e66334414dc43ull, 0x42018d5f568fd498ull}, /* 118 */
    {0x674a3d1ed354939full, 0x1ccf48988a7fba8dull}, /* 119 */
    {0x52a1ca7f0f76dc7full, 0x30a5d3ad3b99620bull}, /* 120 */
    {0x421b0865a5f8b065ull, 0x73b7dc8a96144e6full}, /* 121 */
    {0x69c4da3c3cc11a3cull, 0x52bfc7442353b0b1ull}, /* 122 */
    {0x549d7b6363cdae96ull, 0x756639034f7626f4ull}, /* 123 */
    {0x43b12f82b63e2545ull, 0x4451c735d92b525dull}, /* 124 */
    {0x6c4eb26abd303ba2ull, 0x3a1c71efc1deea2eull}, /* 125 */
    {0x56a55b889759c94eull, 0x61b05b2634b254f2ull}, /* 126 */
    {0x45511606df7b0772ull, 0x1af37c1e908eaa5bull}, /* 127 */
    {0x6ee8233e325e7250ull, 0x2b1f2cfdb41776f8ull}, /* 128 */
    {0x58b9b5cb5b7ec1d9ull, 0x6f4c23fe29ac5f2dull}, /* 129 */
    {0x46faf7d5e2cbce47ull, 0x72a34ffe87bd18f1ull}, /* 130 */
    {0x71918c896adfb073ull, 0x04387ffda5fb5b1bull}, /* 131 */
    {0x5adad6d4557fc05cull, 0x0360666484c915afull}, /* 132 */
    {0x48af1243779966b0ull, 0x02b3851d3707448cull}, /* 133 */
    {0x744b506bf28f0ab3ull, 0x1dec082ebe720746ull}, /* 134 */
    {0x5d090d2328726ef5ull, 0x64bcd358985b3905ull}, /* 135 */
    {0x4a6da41c205b8bf7ull, 0x6a30a913ad15c738ull}, /* 136 */
    {0x7715d36033c5acbfull, 0x5d1aa81f7b560b8cull}, /* 137 */
    {0x5f44a919c3048a32ull, 0x7daeece5fc44d609ull}, /* 138 */
    {0x4c36edae359d3b5bull, 0x7e258a51969d7808ull}, /* 139 */
    {0x79f17c49ef61f893ull, 0x16a276e8f0fbf33full}, /* 140 */
    {0x618dfd07f2b4c6dcull, 0x121b9253f3fcc299ull}, /* 141 */
    {0x4e0b30d328909f16ull, 0x41afa84329970214ull}, /* 142 */
    {0x7cdeb4850db431bdull, 0x4f7f739ea8f19cedull}, /* 143 */
    {0x63e55d373e29c164ull, 0x3f99294bba5ae3f1ull}, /* 144 */
    {0x4feab0f8fe87cde9ull, 0x7fadbaa2fb7be98dull}, /* 145 */
    {0x7fdde7f4ca72e30full, 0x7f7c5dd1925fdc15ull}, /* 146 */
    {0x664b1ff7085be8d9ull, 0x4c637e4141e649abull}, /* 147 */
    {0x51d5b32c06afed7aull, 0x704f983434b83aefull}, /* 148 */
    {0x4177c2899ef32462ull, 0x26a6135cf6f9c8bfull}, /* 149 */
    {0x68bf9da8fe51d3d0ull, 0x3dd685618b294132ull}, /* 150 */
    {0x53cc7e20cb74a973ull, 0x4b12044e08edcdc2ull}, /* 151 */
    {0x4309fe80a2c3bac2ull, 0x6f419d0b3a57d7ceull}, /* 152 */
    {0x6b4330cdd1392ad1ull, 0x320294dec3bfbfb0ull}, /* 153 */
    {0x55cf5a3e40fa88a7ull, 0x419baa4bcfcc995aull}, /* 154 */
    {0x44a5e1cb672ed3b9ull, 0x1ae2eea30ca3ade1ull}, /* 155 */
    {0x6dd636123eb152c1ull, 0x77d17dd1add2afcfull}, /* 156 */
    {0x57de91a832277567ull, 0x797464a7be42263full}, /* 157 */
    {0x464ba7b9c1b92ab9ull, 0x4790508631ce84ffull}, /* 158 */
    {0x70790c5c6928445cull, 0x0c1a1a704fb0d4ccull}, /* 159 */
    {0x59fa7049edb9d049ull, 0x567b4859d95a43d6ull}, /* 160 */
    {0x47fb8d07f161736eull, 0x11fc39e17aae9cabull}, /* 161 */
    {0x732c14d98235857dull, 0x032d2968c44a9445ull}, /* 162 */
    {0x5c2343e134f79dfdull, 0x4f575453d03ba9d1ull}, /* 163 */
    {0x49b5cfe75d92e4caull, 0x72ac4376402fbb0eull}, /* 164 */
    {0x75efb30bc8eb07abull, 0x0446d256cd192b49ull}, /* 165 */
    {0x5e595c096d88d2efull, 0x1d0575123dadbc3aull}, /* 166 */
    {0x4b7ab0078ad3dbf2ull, 0x4a6ac40e97be302full}, /* 167 */
    {0x78c44cd8de1fc650ull, 0x771139b0f2c9e6b1ull}, /* 168 */
    {0x609d0a4718196b73ull, 0x78da948d8f07ebc1ull}, /* 169 */
    {0x4d4a6e9f467abc5cull, 0x60aedd3e0c065634ull}, /* 170 */
    {0x7baa4a9870c46094ull, 0x344afb9679a3bd20ull}, /* 171 */
    {0x62eea2138d69e6ddull, 0x103bfc78614fca80ull}, /* 172 */
    {0x4f254e760abb1f17ull, 0x26966393810ca200ull}, /* 173 */
    {0x7ea21723445e9825ull, 0x2423d2859b476999ull}, /* 174 */
    {0x654e78e9037ee01dull, 0x69b642047c392148ull}, /* 175 */
    {0x510b93ed9c658017ull, 0x6e2b680396941aa0ull}, /* 176 */
    {0x40d60ff149eaccdfull, 0x71bc53361210154dull}, /* 177 */
    {0x67bce64edcaae166ull, 0x1c6085235019bbaeull}, /* 178 */
    {0x52fd850be3bbe784ull, 0x7d1a041c40149625ull}, /* 179 */
    {0x42646a6fe9631f9dull, 0x4a7b367d0010781dull}, /* 180 */
    {0x6a3a43e642383295ull, 0x5d91f0c8001a59c8ull}, /* 181 */
    {0x54fb698501c68edeull, 0x17a7f3d3334847d4ull}, /* 182 */
    {0x43fc546a67d20be4ull, 0x79532975c2a03976ull}, /* 183 */
    {0x6cc6ed770c83463bull, 0x0eeb75893766c256ull}, /* 184 */
    {0x57058ac5a39c382full, 0x25892ad42c523512ull}, /* 185 */
    {0x459e089e1c7cf9bfull, 0x37a0ef102374f742ull}, /* 186 */
    {0x6f6340fcfa618f98ull, 0x59017e8038bb2536ull}, /* 187 */
    {0x591c33fd951ad946ull, 0x7a67986693c8ea91ull}, /* 188 */
    {0x4749c33144157a9full, 0x151fad1edca0bba8ull}, /* 189 */
    {0x720f9eb539bbf765ull, 0x0832ae97c76792a5ull}, /* 190 */
    {0x5b3fb22a94965f84ull, 0x068ef21305ec7551ull}, /* 191 */
    {0x48ffc1bbaa11e603ull, 0x1ed8c1a8d189f774ull}, /* 192 */
    {0x74cc692c434fd66bull, 0x4af4690e1c0ff253ull}, /* 193 */
    {0x5d705423690cab89ull, 0x225d20d816732843ull}, /* 194 */
    {0x4ac0434f873d5607ull, 0x35174d79ab8f5369ull}, /* 195 */
    {0x779a054c0b955672ull, 0x21bee25c45b21f0eull}, /* 196 */
    {0x5fae6aa33c77785bull, 0x3498b5169e2818d8ull}, /* 197 */
    {0x4c8b888296c5f9e2ull, 0x5d46f7454b534713ull}, /* 198 */
    {0x7a78da6a8ad65c9dull, 0x7ba4bed545520b52ull}, /* 199 */
    {0x61fa48553bdeb07eull, 0x2fb6ff110441a2a8ull}, /* 200 */
    {0x4e61d37763188d31ull, 0x72f8cc0d9d014eedull}, /* 201 */
    {0x7d6952589e8daeb6ull, 0x1e5ae015c80217e1ull}, /* 202 */
    {0x645441e07ed7bef8ull, 0x1848b344a001acb4ull}, /* 203 */
    {0x504367e6cbdfcbf9ull, 0x603a2903b3348a2aull}, /* 204 */
    {0x4035ecb8a3196ffbull, 0x002e873628f6d4eeull}, /* 205 */
    {0x66bcadf43828b32bull, 0x19e40b89db2487e3ull}, /* 206 */
    {0x52308b29c686f5bcull, 0x14b66fa17c1d3983ull}, /* 207 */
    {0x41c06f549ed25e30ull, 0x1091f2e7967dc79cull}, /* 208 */
    {0x6933e554315096b3ull, 0x341cb7d8f0c93f5full}, /* 209 */
    {0x542984435aa6def5ull, 0x767d5fe0c0a0ff80ull}, /* 210 */
    {0x435469cf7bb8b25eull, 0x2b977fe70080cc66ull}, /* 211 */
    {0x6bba42e592c11d63ull, 0x5f58cca4cd9ae0a3ull}, /* 212 */
    {0x562e9beadbcdb11cull, 0x4c470a1d7148b3b6ull}, /* 213 */
    {0x44f216557ca48db0ull, 0x3d05a1b1276d5c92ull}, /* 214 */
    {0x6e5023bbfaa0e2b3ull, 0x7b3c35e83f1560e9ull}, /* 215 */
    {0x58401c96621a4ef6ull, 0x2f635e5365aab3edull}, /* 216 */
    {0x4699b0784e7b725eull, 0x591c4b75eaeef658ull}, /* 217 */
    {0x70f5e726e3f8b6fdull, 0x74fa125644b18a26ull}, /* 218 */
    {0x5a5e5285832d5f31ull, 0x43fb41de9d5ad4ebull}, /* 219 */
    {0x484b75379c244c27ull, 0x4ffc34b2177bdd89ull}, /* 220 */
    {0x73abeebf603a1372ull, 0x4cc6bab68bf96274ull}, /* 221 */
    {0x5c898bcc4cfb42c2ull, 0x0a38955ed6611b90ull}, /* 222 */
    {0x4a07a309d72f689bull, 0x21c6dde5784dafa7ull}, /* 223 */
    {0x76729e762518a75eull, 0x693e2fd58d49190bull}, /* 224 */
    {0x5ec2185e8413b918ull, 0x5431bfde0aa0e0d5ull}, /* 225 */
    {0x4bce79e536762dadull, 0x29c1664b3bb3e711ull}, /* 226 */
    {0x794a5ca1f0bd15e2ull, 0x0f9bd6dec5eca4e8ull}, /* 227 */
    {0x61084a1b26fdab1bull, 0x2616457f04bd50baull}, /* 228 */
    {0x4da03b48ebfe227cull, 0x1e783798d09773c8ull}, /* 229 */
    {0x7c33920e46636a60ull, 0x30c058f480f252d9ull}, /* 230 */
    {0x635c74d8384f884dull, 0x0d66ad9067284247ull}, /* 231 */
    {0x4f7d2a469372d370ull, 0x711ef14052869b6cull}, /* 232 */
    {0x7f2eaa0a85848581ull, 0x34fe4ecd50d75f14ull}, /* 233 */
    {0x65beee6ed136d134ull, 0x2a650bd773df7f43ull}, /* 234 */
    {0x51658b8bda9240f6ull, 0x551da312c319329cull}, /* 235 */
    {0x411e093caedb672bull, 0x5db14f4235adc217ull}, /* 236 */
    {0x68300ec77e2bd845ull, 0x7c4ee536bc49368aull}, /* 237 */
    {0x5359a56c64efe037ull, 0x7d0bea92303a9208ull}, /* 238 */
    {0x42ae1df050bfe693ull, 0x173cbba8269541a0ull}, /* 239 */
    {0x6ab02fe6e79970ebull, 0x3ec792a6a422029aull}, /* 240 */
    {0x5559bfebec7ac0bcull, 0x3239421ee9b4cee1ull}, /* 241 */
    {0x4447ccbcbd2f0096ull, 0x5b6101b25490a581ull}, /* 242 */
    {0x6d3fadfac84b3424ull, 0x2bce691d541aa268ull}, /* 243 */
    {0x576624c8a03c29b6ull, 0x563eba7ddce21b87ull}, /* 244 */
    {0x45eb50a08030215eull, 0x78322ecb171b4939ull}, /* 245 */
    {0x6fdee76733803564ull, 0x59e9e47824f87527ull}, /* 246 */
    {0x597f1f85c2ccf783ull, 0x6187e9f9b72d2a86ull}, /* 247 */
    {0x4798e6049bd72c69ull, 0x346cbb2e2c242205ull}, /* 248 */
    {0x728e3cd42c8b7a42ull, 0x20adf849e039d007ull}, /* 249 */
    {0x5ba4fd768a092e9bull, 0x33be603b19c7d99full}, /* 250 */
    {0x4950cac53b3a8bafull, 0x42feb3627b0647b3ull}, /* 251 */
    {0x754e113b91f745e5ull, 0x5197856a5e7072b8ull}, /* 252 */
    {0x5dd80dc941929e51ull, 0x27ac6abb7ec05bc6ull}, /* 253 */
    {0x4b133e3a9adbb1daull, 0x52f05562cbcd1638ull}, /* 254 */
    {0x781ec9f75e2c4fc4ull, 0x1e4d556adfae89f3ull}, /* 255 */
    {0x6018a192b1bd0c9cull, 0x7ea444557fbed4c3ull}, /* 256 */
    {0x4ce0814227ca707dull, 0x4bb69d1132ff109cull}, /* 257 */
    {0x7b00ced03faa4d95ull, 0x5f8a94e851981a93ull}, /* 258 */
    {0x62670bd9cc883e11ull, 0x32d543ed0e134875ull}, /* 259 */
    {0x4eb8d647d6d364daull, 0x5bddcff0d80f6d2bull}, /* 260 */
    {0x7df48a0c8aebd491ull, 0x12fc7fe7c018aeabull}, /* 261 */
    {0x64c3a1a3a25643a7ull, 0x28c9ffec99ad5889ull}, /* 262 */
    {0x509c814fb511cfb9ull, 0x0707fff07af113a1ull}, /* 263 */
    {0x407d343fc40e3fc7ull, 0x1f39998d2f2742e7ull}, /* 264 */
    {0x672eb9ffa016cc71ull, 0x7ec28f484b7204a4ull}, /* 265 */
    {0x528bc7ffb345705bull, 0x189ba5d36f8e6a1dull}, /* 266 */
    {0x42096ccc8f6ac048ull, 0x7a161e42bfa521b1ull}, /* 267 */
    {0x69a8ae1418aacd41ull, 0x435696d132a1cf81ull}, /* 268 */
    {0x5486f1a9ad557101ull, 0x1c454574288172ceull}, /* 269 */
    {0x439f27baf1112734ull, 0x169dd129ba0128a5ull}, /* 270 */
    {0x6c31d92b1b4ea520ull, 0x242fb50f9001daa1ull}, /* 271 */
    {0x568e4755af721db3ull, 0x368c90d940017bb4ull}, /* 272 */
    {0x453e9f77bf8e7e29ull, 0x120a0d7a999ac95dull}, /* 273 */
    {0x6eca98bf98e3fd0eull, 0x50101590f5c47561ull}, /* 274 */
    {0x58a213cc7a4ffda5ull, 0x26734473f7d05de8ull}, /* 275 */
    {0x46e80fd6c83ffe1dull, 0x6b8f69f65fd9e4b9ull}, /* 276 */
    {0x71734c8ad9fffcfcull, 0x45b24323cc8fd45cull}, /* 277 */
    {0x5ac2a3a247fffd96ull, 0x6af502830a0ca9e3ull}, /* 278 */
    {0x489bb61b6ccccadfull, 0x08c402026e7087e9ull}, /* 279 */
    {0x742c569247ae1164ull, 0x746cd003e3e73fdbull}, /* 280 */
    {0x5cf04541d2f1a783ull, 0x76bd73364fec3315ull}, /* 281 */
    {0x4a59d101758e1f9cull, 0x5efdf5c50cbcf5abull}, /* 282 */
    {0x76f61b3588e365c7ull, 0x4b2fefa1adfb22abull}, /* 283 */
    {0x5f2b48f7a0b5eb06ull, 0x08f3261af195b555ull}, /* 284 */
    {0x4c22a0c61a2b226bull, 0x20c284e25ade2aabull}, /* 285 */
    {0x79d1013cf6ab6a45ull, 0x1ad0d49d5e304444ull}, /* 286 */
    {0x617400fd9222bb6aull, 0x48a7107de4f369d0ull}, /* 287 */
    {0x4df6673141b562bbull, 0x53b8d9fe50c2bb0dull}, /* 288 */
    {0x7cbd71e869223792ull, 0x52c15cca1ad12b48ull}, /* 289 */
    {0x63cac186ba81c60eull, 0x75677d6e7bda8906ull}, /* 290 */
    {0x4fd5679efb9b04d8ull, 0x5dec645863153a6cull}, /* 291 */
    {0x7fbbd8fe5f5e6e27ull, 0x497a3a2704eec3dfull}, /* 292 */
};

static int64_t floor_shr(int64_t x, int n) { return x >= 0 ? x >> n : ~((~x) >> n); }
static int flog10pow2(int q) { return (int)floor_shr((int64_t)q * 661971961083LL, 41); }
static int flog10_three_quarters_pow2(int q)
{
    return (int)floor_shr((int64_t)q * 661971961083LL - 274743187321LL, 41);
}
static int flog2pow10(int e) { return (int)floor_shr((int64_t)e * 913124641741LL, 38); }

static uint64_t mulhi64(uint64_t a, uint64_t b)
{
    uint64_t a_lo = (uint32_t)a, a_hi = a >> 32, b_lo = (uint32_t)b, b_hi = b >> 32;
    uint64_t p0 = a_lo * b_lo, p1 = a_lo * b_hi, p2 = a_hi * b_lo, p3 = a_hi * b_hi;
    uint64_t mid = (p0 >> 32) + (uint32_t)p1 + (uint32_t)p2;
    return p3 + (p1 >> 32) + (p2 >> 32) + (mid >> 32);
}

/* g * cp / 2^127 rounded to odd. */
static uint64_t rop(uint64_t g1, uint64_t g0, uint64_t cp)
{
    const uint64_t mask63 = 0x7FFFFFFFFFFFFFFFull;
    uint64_t x1 = mulhi64(g0, cp);
    uint64_t y0 = g1 * cp;
    uint64_t y1 = mulhi64(g1, cp);
    uint64_t z = (y0 >> 1) + x1;
    uint64_t vbp = y1 + (z >> 63);
    return vbp | (((z & mask63) + mask63) >> 63);
}

/* v = c * 2^q with c in [2^52, 2^53), or c in [1, 2^52) and q = -1074
 * (subnormal): sets *f, *e with f * 10^e the decimal. */
static void schubfach(uint64_t c, int q, uint64_t *f, int *e)
{
    const uint64_t c_min = (uint64_t)1 << 52;
    uint64_t out = c & 1;
    uint64_t cb = c << 2, cbr = cb + 2, cbl;
    int k;
    if (c != c_min || q == -1074) {
        cbl = cb - 2;
        k = flog10pow2(q);
    } else {
        cbl = cb - 1;
        k = flog10_three_quarters_pow2(q);
    }
    int h = q + flog2pow10(-k) + 2;
    const uint64_t *g = schubfach_g[k + 324];
    uint64_t vb = rop(g[0], g[1], cb << h);
    uint64_t vbl = rop(g[0], g[1], cbl << h);
    uint64_t vbr = rop(g[0], g[1], cbr << h);
    uint64_t s = vb >> 2;
    *e = k;
    if (s >= 10) {
        /* one digit shorter: sp10 = 10 * floor(s / 10).  (OpenJDK asks
         * s >= 100 here to keep two digits; CPython wants the shortest.) */
        uint64_t sp10 = 10 * mulhi64(s, 115292150460684698ull << 4);
        uint64_t tp10 = sp10 + 10;
        int upin = vbl + out <= sp10 << 2;
        int wpin = (tp10 << 2) + out <= vbr;
        if (upin != wpin) {
            *f = upin ? sp10 : tp10;
            return;
        }
    }
    uint64_t t = s + 1;
    int uin = vbl + out <= s << 2;
    int win = (t << 2) + out <= vbr;
    if (uin != win) {
        *f = uin ? s : t;
        return;
    }
    int64_t cmp = (int64_t)(vb - ((s + t) << 1));
    *f = (cmp < 0 || (cmp == 0 && (s & 1) == 0)) ? s : t;
}

/* dtoa mode 0: the shortest digits that read back as |v| (finite), the
 * closest to it among those.  Returns the count (<= 17). */
static int digits_shortest(double v, char *dig, int64_t *decpt)
{
    double a = fabs(v);
    uint64_t bits, f;
    int e;
    if (a == 0.0) { dig[0] = '0'; *decpt = 1; return 1; }
    memcpy(&bits, &a, sizeof bits);
    int bexp = (int)(bits >> 52);
    if (bexp == 0) /* subnormal */
        schubfach(bits, -1074, &f, &e);
    else
        schubfach(((uint64_t)1 << 52) | (bits & 0xFFFFFFFFFFFFFull), bexp - 1075, &f, &e);
    while (f % 10 == 0) { f /= 10; e++; }
    char tmp[24];
    char *end = tmp + sizeof tmp;
    char *p = u64_to_dec(f, end);
    int n = (int)(end - p);
    memcpy(dig, p, (size_t)n);
    *decpt = (int64_t)e + n;
    return n;
}

/* ----------------------------------------------------- float layout */

/* A port of CPython's format_float_short after the digits are known.
 * code: 'e', 'f', 'g' or 'r'; precision as CPython passes it to dtoa (for
 * 'e' already incremented).  The sign is not written. */
typedef struct {
    int use_exp;
    int exp;
    int64_t decpt, vstart, vend;
} FloatLayout;

static int64_t float_layout_plan(FloatLayout *L, int64_t digits_len, int64_t decpt, char code,
                                 int64_t precision, int add_dot_0, int alt)
{
    int64_t vend = digits_len;
    L->use_exp = 0;
    L->exp = 0;
    switch (code) {
    case 'e':
        L->use_exp = 1;
        vend = precision;
        break;
    case 'f':
        vend = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision))
            L->use_exp = 1;
        if (alt) vend = precision;
        break;
    default: /* 'r' */
        if (decpt <= -4 || decpt > 16) L->use_exp = 1;
        break;
    }
    if (L->use_exp) {
        L->exp = (int)(decpt - 1);
        decpt = 1;
    }
    L->vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!L->use_exp && add_dot_0)
        vend = vend > decpt ? vend : decpt + 1;
    else
        vend = vend > decpt ? vend : decpt;
    L->vend = vend;
    L->decpt = decpt;
    /* decimal point, digits and zeros, exponent "e-324", NUL */
    return 2 + (vend - L->vstart) + 6;
}

static int64_t float_layout_write(const FloatLayout *L, char *out, const char *digits,
                                  int64_t digits_len, int alt, int upper)
{
    char *p = out;
    int64_t decpt = L->decpt, vstart = L->vstart, vend = L->vend;
    if (decpt <= 0) {
        memset(p, '0', (size_t)(decpt - vstart));
        p += decpt - vstart;
        *p++ = '.';
        memset(p, '0', (size_t)(0 - decpt));
        p += 0 - decpt;
    } else {
        memset(p, '0', (size_t)(0 - vstart));
        p += 0 - vstart;
    }
    if (0 < decpt && decpt <= digits_len) {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(digits_len - decpt));
        p += digits_len - decpt;
    } else {
        memcpy(p, digits, (size_t)digits_len);
        p += digits_len;
    }
    if (digits_len < decpt) {
        memset(p, '0', (size_t)(decpt - digits_len));
        p += decpt - digits_len;
        *p++ = '.';
        memset(p, '0', (size_t)(vend - decpt));
        p += vend - decpt;
    } else {
        memset(p, '0', (size_t)(vend - digits_len));
        p += vend - digits_len;
    }
    if (p[-1] == '.' && !alt) p--;
    if (L->use_exp) {
        int e = L->exp;
        *p++ = upper ? 'E' : 'e';
        if (e < 0) { *p++ = '-'; e = -e; }
        else *p++ = '+';
        if (e >= 100) { *p++ = (char)('0' + e / 100); e %= 100; *p++ = (char)('0' + e / 10); }
        else { *p++ = (char)('0' + e / 10); }
        *p++ = (char)('0' + e % 10);
    }
    *p = 0;
    return p - out;
}

int32_t pyz_fmt_float_repr(double v, char *buf)
{
    char *p = buf;
    if (PYZ_UNLIKELY(!isfinite(v))) {
        if (isnan(v)) { memcpy(buf, "nan", 4); return 3; }
        if (v < 0) { memcpy(buf, "-inf", 5); return 4; }
        memcpy(buf, "inf", 4);
        return 3;
    }
    if (signbit(v)) { *p++ = '-'; v = -v; }
    /* Integral and below 2**53: the digits are the integer's. */
    if (v < 9007199254740992.0 && v == (double)(int64_t)v) {
        char tmp[24];
        char *end = tmp + sizeof tmp;
        char *s = u64_to_dec((uint64_t)v, end);
        memcpy(p, s, (size_t)(end - s));
        p += end - s;
        memcpy(p, ".0", 3);
        return (int32_t)(p + 2 - buf);
    }
    char dig[24];
    int64_t decpt;
    int n = digits_shortest(v, dig, &decpt);
    FloatLayout L;
    float_layout_plan(&L, n, decpt, 'r', 0, 1, 0);
    p += float_layout_write(&L, p, dig, n, 0, 0);
    return (int32_t)(p - buf);
}

PyzStr *pyz_float_to_str(double v)
{
    char buf[32];
    int32_t n = pyz_fmt_float_repr(v, buf);
    return str_ascii(buf, n);
}

/* ---------------------------------------------------- format specs */

typedef struct {
    uint32_t fill;
    uint32_t align;
    uint32_t sign;
    int no_neg_0;
    int alternate;
    int64_t width;      /* -1: not given */
    int thousands;      /* 0, ',', '_', or UNDER_FOUR */
    int64_t precision;  /* -1: not given */
    uint32_t type;
} FmtSpec;

#define UNDER_FOUR ('_' + 1)

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* get_integer: returns digits consumed, or -1 after raising. */
static int64_t get_integer(const uint32_t *cp, int64_t *pos, int64_t end, int64_t *result)
{
    int64_t acc = 0, n = 0, i = *pos;
    for (; i < end; i++, n++) {
        int d = uni_decimal(cp[i]);
        if (d < 0) break;
        if (acc > (INT64_MAX - d) / 10) {
            pyz_raise(PYZ_EXC_ValueError, "Too many decimal digits in format string");
            *pos = i;
            return -1;
        }
        acc = acc * 10 + d;
    }
    *pos = i;
    *result = acc;
    return n;
}

static void raise_fmt_char(const char *before, uint32_t c, const char *after)
{
    char msg[300];
    if (c > 32 && c < 128)
        pyz_msgf(msg, sizeof msg, "%s'%c'%s", before, (char)c, after);
    else
        pyz_msgf(msg, sizeof msg, "%s'\\x%x'%s", before, (unsigned)c, after);
    pyz_raise(PYZ_EXC_ValueError, msg);
}

static void unknown_presentation_type(uint32_t type, const char *type_name)
{
    char after[64];
    pyz_msgf(after, sizeof after, " for object of type '%s'", type_name);
    raise_fmt_char("Unknown format code ", type, after);
}

static void invalid_thousands_separator_type(int specifier, uint32_t type)
{
    char before[32];
    pyz_msgf(before, sizeof before, "Cannot specify '%c' with ", (char)specifier);
    raise_fmt_char(before, type, ".");
}

/* parse_internal_render_format_spec.  Returns 0 after raising. */
static int parse_spec(PyzStr *spec, FmtSpec *f, uint32_t default_type, uint32_t default_align,
                      const char *type_name)
{
    uint32_t small[64];
    uint32_t *cp = small;
    int64_t end = 0, i = 0, pos = 0, consumed;
    int align_specified = 0, fill_char_specified = 0;

    if (spec->len > (int64_t)(sizeof small / sizeof small[0]))
        cp = (uint32_t *)pyz_gc_alloc_atomic((size_t)spec->len * sizeof(uint32_t));
    while (i < spec->len) cp[end++] = utf8_next((const unsigned char *)spec->data, spec->len, &i);

    f->fill = ' ';
    f->align = default_align;
    f->alternate = 0;
    f->no_neg_0 = 0;
    f->sign = 0;
    f->width = -1;
    f->thousands = 0;
    f->precision = -1;
    f->type = default_type;

    if (end - pos >= 2 && is_align(cp[pos + 1])) {
        f->align = cp[pos + 1];
        f->fill = cp[pos];
        fill_char_specified = 1;
        align_specified = 1;
        pos += 2;
    } else if (end - pos >= 1 && is_align(cp[pos])) {
        f->align = cp[pos];
        align_specified = 1;
        pos++;
    }
    if (end - pos >= 1 && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) {
        f->sign = cp[pos];
        pos++;
    }
    if (end - pos >= 1 && cp[pos] == 'z') {
        f->no_neg_0 = 1;
        pos++;
    }
    if (end - pos >= 1 && cp[pos] == '#') {
        f->alternate = 1;
        pos++;
    }
    if (!fill_char_specified && end - pos >= 1 && cp[pos] == '0') {
        f->fill = '0';
        if (!align_specified && default_align == '>') f->align = '=';
        pos++;
    }
    consumed = get_integer(cp, &pos, end, &f->width);
    if (consumed == -1) return 0;
    if (consumed == 0) f->width = -1;

    if (end - pos && cp[pos] == ',') {
        f->thousands = ',';
        pos++;
    }
    if (end - pos && cp[pos] == '_') {
        if (f->thousands != 0) {
            pyz_raise(PYZ_EXC_ValueError, "Cannot specify both ',' and '_'.");
            return 0;
        }
        f->thousands = '_';
        pos++;
    }
    if (end - pos && cp[pos] == ',') {
        if (f->thousands == '_') {
            pyz_raise(PYZ_EXC_ValueError, "Cannot specify both ',' and '_'.");
            return 0;
        }
    }
    if (end - pos && cp[pos] == '.') {
        pos++;
        consumed = get_integer(cp, &pos, end, &f->precision);
        if (consumed == -1) return 0;
        if (consumed == 0) {
            pyz_raise(PYZ_EXC_ValueError, "Format specifier missing precision");
            return 0;
        }
    }
    if (end - pos > 1) {
        static const char pre[] = "Invalid format specifier '";
        char post[64];
        pyz_msgf(post, sizeof post, "' for object of type '%s'", type_name);
        int64_t plen = (int64_t)strlen(pre), qlen = (int64_t)strlen(post);
        PyzStr *m = str_alloc(plen + spec->len + qlen);
        char *b = str_buf(m);
        memcpy(b, pre, (size_t)plen);
        memcpy(b + plen, spec->data, (size_t)spec->len);
        memcpy(b + plen + spec->len, post, (size_t)qlen + 1);
        m->ncp = plen + spec->ncp + qlen;
        m->ascii = m->ncp == m->len;
        pyz_raise_str(PYZ_EXC_ValueError, m);
        return 0;
    }
    if (end - pos == 1) {
        f->type = cp[pos];
        pos++;
    }
    if (f->thousands) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands == '_') {
                f->thousands = UNDER_FOUR;
                break;
            }
            /* fall through */
        default:
            invalid_thousands_separator_type(f->thousands, f->type);
            return 0;
        }
    }
    return 1;
}

/* _PyUnicode_InsertThousandsGrouping.  Counts the characters the digits
 * take with separators (and zero padding up to min_width); when out is
 * given, writes them so that they end at out + total. */
static int64_t group_digits(char *out, int64_t total, const char *digits, int64_t n_digits,
                            int64_t min_width, int group, char sep)
{
    int64_t count = 0, remaining = n_digits, len, n_zeros, n_chars;
    int use_sep = 0, broken = 0;
    const int sep_len = group ? 1 : 0;
    char *bp = out ? out + total : NULL;
    const char *dp = digits + n_digits;

    if (min_width < 0) min_width = 0;
#define GROUP_FILL() do { \
        if (bp) { \
            if (use_sep) *--bp = sep; \
            bp -= n_chars; dp -= n_chars; memcpy(bp, dp, (size_t)n_chars); \
            if (n_zeros) { bp -= n_zeros; memset(bp, '0', (size_t)n_zeros); } \
        } \
    } while (0)
    if (group > 0) {
        for (;;) {
            int64_t m = remaining > min_width ? remaining : min_width;
            if (m < 1) m = 1;
            len = group < m ? group : m;
            n_zeros = len - remaining > 0 ? len - remaining : 0;
            n_chars = remaining < len ? remaining : len;
            if (n_chars < 0) n_chars = 0;
            count += (use_sep ? sep_len : 0) + n_zeros + n_chars;
            GROUP_FILL();
            use_sep = 1;
            remaining -= n_chars;
            min_width -= len;
            if (remaining <= 0 && min_width <= 0) {
                broken = 1;
                break;
            }
            min_width -= sep_len;
        }
    }
    if (!broken) {
        len = remaining > min_width ? remaining : min_width;
        if (len < 1) len = 1;
        n_zeros = len - remaining > 0 ? len - remaining : 0;
        n_chars = remaining < len ? remaining : len;
        if (n_chars < 0) n_chars = 0;
        count += (use_sep ? sep_len : 0) + n_zeros + n_chars;
        GROUP_FILL();
    }
#undef GROUP_FILL
    return count;
}

static char *put_fill(char *p, const char *fill, int fill_len, int64_t n)
{
    if (fill_len == 1) {
        memset(p, fill[0], (size_t)n);
        return p + n;
    }
    for (int64_t i = 0; i < n; i++) {
        memcpy(p, fill, (size_t)fill_len);
        p += fill_len;
    }
    return p;
}

/* calc_number_widths + fill_number.  The number is
 *   <digits>[.<remainder>]  or  <digits><remainder>
 * (remainder: fraction/exponent/'%', "inf", or the 'c' character). */
static PyzStr *render_number(const FmtSpec *f, char sign_char, const char *prefix, int n_prefix,
                             const char *digits, int64_t n_digits, int has_decimal,
                             const char *rem, int64_t rem_bytes, int64_t rem_cps, int toupper)
{
    char sign = 0;
    int64_t n_sign = 0, lpad = 0, spad = 0, rpad = 0;
    int group = 0;
    char sep = 0;

    switch (f->sign) {
    case '+':
        n_sign = 1;
        sign = sign_char == '-' ? '-' : '+';
        break;
    case ' ':
        n_sign = 1;
        sign = sign_char == '-' ? '-' : ' ';
        break;
    default:
        if (sign_char == '-') { n_sign = 1; sign = '-'; }
    }
    if (f->type != 'n') {
        if (f->thousands == ',') { group = 3; sep = ','; }
        else if (f->thousands == '_') { group = 3; sep = '_'; }
        else if (f->thousands == UNDER_FOUR) { group = 4; sep = '_'; }
    }
    int64_t n_decimal = has_decimal ? 1 : 0;
    int64_t nondigit = n_sign + n_prefix + n_decimal + rem_cps;
    int64_t min_width = (f->fill == '0' && f->align == '=') ? f->width - nondigit : 0;
    int64_t n_grouped = n_digits == 0 ? 0 : group_digits(NULL, 0, digits, n_digits, min_width, group, sep);
    int64_t n_padding = f->width - (nondigit + n_grouped);
    if (n_padding > 0) {
        switch (f->align) {
        case '<': rpad = n_padding; break;
        case '^': lpad = n_padding / 2; rpad = n_padding - lpad; break;
        case '=': spad = n_padding; break;
        default: lpad = n_padding; break;
        }
    }
    char fill[4];
    int fill_len = pyz_utf8_encode(f->fill, fill);
    int64_t npad = lpad + spad + rpad;
    int64_t cps = npad + n_sign + n_prefix + n_grouped + n_decimal + rem_cps;
    int64_t bytes = padded_bytes(npad, fill_len, n_sign + n_prefix + n_grouped + n_decimal + rem_bytes);
    PyzStr *s = str_try_alloc(bytes);
    if (!s) return NULL;
    char *p = str_buf(s);
    p = put_fill(p, fill, fill_len, lpad);
    if (n_sign) *p++ = sign;
    for (int i = 0; i < n_prefix; i++) {
        char c = prefix[i];
        *p++ = (toupper && c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
    }
    p = put_fill(p, fill, fill_len, spad);
    if (n_digits) {
        group_digits(p, n_grouped, digits, n_digits, min_width, group, sep);
        if (toupper)
            for (int64_t i = 0; i < n_grouped; i++)
                if (p[i] >= 'a' && p[i] <= 'z') p[i] = (char)(p[i] - 32);
    }
    p += n_grouped;
    if (n_decimal) *p++ = '.';
    if (rem_bytes) memcpy(p, rem, (size_t)rem_bytes);
    p += rem_bytes;
    p = put_fill(p, fill, fill_len, rpad);
    *p = 0;
    s->ncp = cps;
    s->ascii = cps == bytes;
    return s;
}

/* format_float_internal */
static PyzStr *format_float_internal(double val, const FmtSpec *f)
{
    int64_t precision, default_precision = 6;
    uint32_t type = f->type;
    int add_pct = 0, add_dot_0 = 0, upper = 0, neg;
    char code;

    if (f->precision > INT_MAX) {
        pyz_raise(PYZ_EXC_ValueError, "precision too big");
        return NULL;
    }
    precision = f->precision;
    if (type == 0) {
        add_dot_0 = 1;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    if (type == '%') {
        type = 'f';
        val *= 100;
        add_pct = 1;
    }
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';

    if (type == 'E' || type == 'F' || type == 'G') {
        upper = 1;
        type += 'a' - 'A';
    }
    code = (char)type;

    char small[DIG_BUF];
    char *buf = small;
    int64_t n;
    neg = signbit(val) != 0;
    if (!isfinite(val)) {
        if (isnan(val)) neg = 0;
        memcpy(buf, isnan(val) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
        n = 3;
    } else {
        char dig[DIG_BUF];
        int64_t decpt;
        int nd;
        if (code == 'e') {
            precision++;
            nd = digits_e(val, precision, dig, &decpt);
        } else if (code == 'f') {
            nd = digits_f(val, precision, dig, &decpt);
        } else if (code == 'g') {
            if (precision == 0) precision = 1;
            nd = digits_e(val, precision, dig, &decpt);
        } else {
            nd = digits_shortest(val, dig, &decpt);
        }
        if (f->no_neg_0 && neg && nd == 1 && dig[0] == '0') neg = 0;
        FloatLayout L;
        int64_t need = float_layout_plan(&L, nd, decpt, code, precision, add_dot_0, f->alternate);
        if (need + 2 > (int64_t)sizeof small) buf = (char *)pyz_gc_alloc_atomic((size_t)need + 2);
        n = float_layout_write(&L, buf, dig, nd, f->alternate, upper);
    }
    if (add_pct) buf[n++] = '%';

    /* parse_number */
    int64_t nd = 0;
    while (nd < n && buf[nd] >= '0' && buf[nd] <= '9') nd++;
    int has_decimal = nd < n && buf[nd] == '.';
    int64_t rstart = nd + (has_decimal ? 1 : 0);
    return render_number(f, neg ? '-' : 0, NULL, 0, buf, nd, has_decimal,
                         buf + rstart, n - rstart, n - rstart, 0);
}

/* format_long_internal */
static PyzStr *format_long_internal(int64_t v, const FmtSpec *f)
{
    char tmp[72];
    char *end = tmp + sizeof tmp;
    const char *prefix = NULL;
    int n_prefix = 0;

    if (f->precision != -1) {
        pyz_raise(PYZ_EXC_ValueError, "Precision not allowed in integer format specifier");
        return NULL;
    }
    if (f->no_neg_0) {
        pyz_raise(PYZ_EXC_ValueError,
                  "Negative zero coercion (z) not allowed in integer format specifier");
        return NULL;
    }
    if (f->type == 'c') {
        if (f->sign != 0) {
            pyz_raise(PYZ_EXC_ValueError, "Sign not allowed with integer format specifier 'c'");
            return NULL;
        }
        if (f->alternate) {
            pyz_raise(PYZ_EXC_ValueError,
                      "Alternate form (#) not allowed with integer format specifier 'c'");
            return NULL;
        }
        if (v < 0 || v > 0x10ffff) {
            pyz_raise(PYZ_EXC_OverflowError, "%c arg not in range(0x110000)");
            return NULL;
        }
        char ch[4];
        int chlen = pyz_utf8_encode((uint32_t)v, ch);
        return render_number(f, 0, NULL, 0, NULL, 0, 0, ch, chlen, 1, 0);
    }
    if (PYZ_UNLIKELY(pyz_int_is_big(v))) {  /* a big int (int.c): its digits from long.c */
        int32_t base = f->type == 'b' ? 2 : f->type == 'o' ? 8 : (f->type == 'x' || f->type == 'X') ? 16 : 10;
        int64_t len;
        char *digits = pyz_long_to_cstr(pyz_int_long(v), base, &len);
        if (!digits) return NULL;
        int neg = digits[0] == '-';
        if (f->alternate && base != 10) n_prefix = 2;
        prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : NULL;
        return render_number(f, neg ? '-' : 0, prefix, n_prefix, digits + neg, len - neg, 0, NULL, 0, 0,
                             f->type == 'X');
    }
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char *p;
    switch (f->type) {
    case 'b':
        p = end;
        do { *--p = (char)('0' + (u & 1)); u >>= 1; } while (u);
        prefix = "0b";
        break;
    case 'o':
        p = end;
        do { *--p = (char)('0' + (u & 7)); u >>= 3; } while (u);
        prefix = "0o";
        break;
    case 'x':
    case 'X':
        p = end;
        do { *--p = "0123456789abcdef"[u & 15]; u >>= 4; } while (u);
        prefix = "0x";
        break;
    default:
        p = u64_to_dec(u, end);
        break;
    }
    if (f->alternate && prefix) n_prefix = 2;
    return render_number(f, v < 0 ? '-' : 0, prefix, n_prefix, p, end - p, 0, NULL, 0, 0,
                         f->type == 'X');
}

/* The specs programs write most, [0]W[d] with W of one or two digits ("02d", "5", "08d"), for a
 * small int: laid out here without parsing the spec in full.  NULL: not one of those. */
static PyzStr *int_format_simple(int64_t v, PyzStr *spec)
{
    const char *p = spec->data, *e = p + spec->len;
    int zero = 0, width = 0;
    if (pyz_int_is_big(v)) return NULL;
    if (p < e && *p == '0') { zero = 1; p++; }
    if (p == e || *p < '1' || *p > '9') return NULL;
    width = *p++ - '0';
    if (p < e && *p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
    if (p < e && *p == 'd') p++;
    if (p != e) return NULL;
    char digits[24];
    int32_t n = pyz_fmt_int(v, digits);  /* "-" and the digits */
    if (n >= width) return str_ascii(digits, n);
    PyzStr *r = str_alloc(width);
    char *o = str_buf(r);
    int pad = width - n;
    if (zero) {  /* '=' alignment: the sign, then the zeros */
        int neg = digits[0] == '-';
        if (neg) *o++ = '-';
        memset(o, '0', (size_t)pad);
        memcpy(o + pad, digits + neg, (size_t)(n - neg));
    } else {
        memset(o, ' ', (size_t)pad);
        memcpy(o + pad, digits, (size_t)n);
    }
    str_buf(r)[width] = 0;
    return r;
}

PyzStr *pyz_int_format(int64_t v, PyzStr *spec)
{
    FmtSpec f;
    if (spec->len == 0) return pyz_int_to_str(v);
    PyzStr *quick = int_format_simple(v, spec);
    if (quick) return quick;
    if (!parse_spec(spec, &f, 'd', '>', "int")) return NULL;
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_long_internal(v, &f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = pyz_int_as_double(v);  /* OverflowError past the float range */
        if (pyz_exc_pending) return NULL;
        return format_float_internal(d, &f);
    }
    default:
        unknown_presentation_type(f.type, "int");
        return NULL;
    }
}

PyzStr *pyz_float_format(double v, PyzStr *spec)
{
    FmtSpec f;
    if (spec->len == 0) return pyz_float_to_str(v);
    if (!parse_spec(spec, &f, 0, '>', "float")) return NULL;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_float_internal(v, &f);
    default:
        unknown_presentation_type(f.type, "float");
        return NULL;
    }
}

PyzStr *pyz_str_format(PyzStr *v, PyzStr *spec)
{
    FmtSpec f;
    if (spec->len == 0) return v;
    if (!parse_spec(spec, &f, 's', '<', "str")) return NULL;
    if (f.type != 's') {
        unknown_presentation_type(f.type, "str");
        return NULL;
    }
    if (f.sign != 0) {
        pyz_raise(PYZ_EXC_ValueError, f.sign == ' ' ? "Space not allowed in string format specifier"
                                                    : "Sign not allowed in string format specifier");
        return NULL;
    }
    if (f.no_neg_0) {
        pyz_raise(PYZ_EXC_ValueError,
                  "Negative zero coercion (z) not allowed in string format specifier");
        return NULL;
    }
    if (f.alternate) {
        pyz_raise(PYZ_EXC_ValueError, "Alternate form (#) not allowed in string format specifier");
        return NULL;
    }
    if (f.align == '=') {
        pyz_raise(PYZ_EXC_ValueError, "'=' alignment not allowed in string format specifier");
        return NULL;
    }
    int64_t len = v->ncp;
    if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len)) return v;
    if (f.precision >= 0 && len >= f.precision) len = f.precision;

    /* bytes of the first len code points */
    int64_t nbytes;
    if (v->ascii) {
        nbytes = len;
    } else {
        int64_t i = 0, k = 0;
        while (k < len && i < v->len) { utf8_next((const unsigned char *)v->data, v->len, &i); k++; }
        nbytes = i;
    }
    int64_t total = f.width >= 0 && f.width > len ? f.width : len;
    int64_t lpad = f.align == '>' ? total - len : f.align == '^' ? (total - len) / 2 : 0;
    int64_t rpad = total - len - lpad;
    char fill[4];
    int fill_len = pyz_utf8_encode(f.fill, fill);
    int64_t bytes = padded_bytes(lpad + rpad, fill_len, nbytes);
    PyzStr *s = str_try_alloc(bytes);
    if (!s) return NULL;
    char *p = str_buf(s);
    p = put_fill(p, fill, fill_len, lpad);
    memcpy(p, v->data, (size_t)nbytes);
    p += nbytes;
    p = put_fill(p, fill, fill_len, rpad);
    *p = 0;
    s->ncp = total;
    s->ascii = total == bytes;
    return s;
}

/* ------------------------------------------------- int(s), float(s) */

/* The usual text of an int, ASCII digits after an optional sign, with ASCII whitespace around them,
 * at most 18 digits and sign (below 10**18: no overflow), read in place into *out; false for anything
 * else (underscores, other digits, more digits), which goes the long way. */
static inline bool small_decimal(const char *d, int64_t n, int64_t *out)
{
    int64_t i = 0;
    while (i < n && ascii_isspace(d[i])) i++;
    while (n > i && ascii_isspace(d[n - 1])) n--;
    int neg = i < n && d[i] == '-';
    int64_t j = i + (neg || (i < n && d[i] == '+'));
    if (!(j < n && n - i <= 18))
        return false;
    uint64_t acc = 0;
    for (; j < n && (unsigned)(d[j] - '0') < 10u; j++)
        acc = acc * 10 + (uint64_t)(d[j] - '0');
    if (j != n)
        return false;
    *out = neg ? (int64_t)((uint64_t)0 - acc) : (int64_t)acc;
    return true;
}

/* int() of owner's bytes [b0, b1) (to the end when b1 < 0): a piece never made
 * (passes/split_piece_ranges.py); the long way, and the message of a text refused, take the piece */
int64_t pyz_str_to_int_range(PyzStr *owner, int64_t b0, int64_t b1)
{
    int64_t v;
    if (b1 < 0) b1 = owner->len;
    if (owner->ascii && small_decimal(owner->data + b0, b1 - b0, &v))
        return v;
    return pyz_str_to_int(pyz_str_piece(owner, b0, b1));
}

int64_t pyz_str_to_int(PyzStr *s)
{
    int64_t v;
    if (s->ascii && small_decimal(s->data, s->len, &v))
        return v;
    char small[128];
    char *buf = small;
    if (s->len + 1 > (int64_t)sizeof small) buf = (char *)pyz_gc_alloc_atomic((size_t)s->len + 1);
    int64_t buflen = to_ascii_digits(s, buf);
    const char *p = buf;
    int neg = 0;
    int64_t digits = 0;
    char prev = 0;

    while (*p && ascii_isspace(*p)) p++;
    if (*p == '+') p++;
    else if (*p == '-') { p++; neg = 1; }
    if (*p == '_') goto invalid;
    const char *start = p;
    uint64_t acc = 0;
    int overflow = 0;
    while ((*p >= '0' && *p <= '9') || *p == '_') {
        if (*p == '_') {
            if (prev == '_') goto invalid;
        } else {
            unsigned d = (unsigned)(*p - '0');
            digits++;
            if (acc > (UINT64_MAX - d) / 10) overflow = 1;
            else acc = acc * 10 + d;
        }
        prev = *p++;
    }
    if (prev == '_') goto invalid;
    if (digits > 4300) {
        char msg[200];
        pyz_msgf(msg, sizeof msg,
                 "Exceeds the limit (4300 digits) for integer string conversion: value has %lld "
                 "digits; use sys.set_int_max_str_digits() to increase the limit",
                 (long long)digits);
        pyz_raise(PYZ_EXC_ValueError, msg);
        return 0;
    }
    if (p == start) goto invalid;
    while (*p && ascii_isspace(*p)) p++;
    if (p != buf + buflen) goto invalid;
    if (overflow || acc > (uint64_t)INT64_MAX || (neg && acc > (uint64_t)0 - (uint64_t)PYZ_SMALL_MIN)) {
        /* past the small range: the digits again, through long.c (underscores and all checked above) */
        char *digs = (char *)pyz_gc_alloc_atomic((size_t)digits + 2);
        int64_t n = 0;
        if (neg) digs[n++] = '-';
        for (const char *q = start; q < p; q++)
            if (*q >= '0' && *q <= '9') digs[n++] = *q;
        digs[n] = 0;
        return pyz_int_from_cstr(digs);
    }
    return neg ? (int64_t)((uint64_t)0 - acc) : (int64_t)acc;

invalid:
    raise_with_repr(PYZ_EXC_ValueError, "invalid literal for int() with base 10: ", s, 200);
    return 0;
}

/* int(s, base): an int word of any size (long.c parses it) */
int64_t pyz_str_to_int_base(PyzStr *s, int64_t base)
{
    if (base != 0 && (base < 2 || base > 36)) {
        pyz_raise(PYZ_EXC_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return 0;
    }
    char small[128];
    char *buf = small;
    if (s->len + 1 > (int64_t)sizeof small) buf = (char *)pyz_gc_alloc_atomic((size_t)s->len + 1);
    int64_t n = to_ascii_digits(s, buf);
    PyzLong *r = NULL;
    int32_t got = memchr(buf, 0, (size_t)n) ? 1 : pyz_long_parse(buf, n, (int32_t)base, &r);
    if (got == 1) {
        char head[64];
        pyz_msgf(head, sizeof head, "invalid literal for int() with base %d: ", (int)base);
        raise_with_repr(PYZ_EXC_ValueError, head, s, 200);
        return 0;
    }
    return got < 0 ? 0 : pyz_int_from_long(r);
}

static int ci_match(const char *s, const char *word)
{
    for (; *word; s++, word++)
        if (*s != *word && *s != *word - 32) return 0;
    return 1;
}

double pyz_str_to_float(PyzStr *s)
{
    char small[128];
    char *buf = small;
    if (s->len + 1 > (int64_t)sizeof small) buf = (char *)pyz_gc_alloc_atomic((size_t)s->len + 1);
    int64_t n = to_ascii_digits(s, buf);

    /* _Py_string_to_number_with_underscores; a NUL anywhere fails. */
    if (memchr(buf, 0, (size_t)n)) goto invalid;
    if (memchr(buf, '_', (size_t)n)) {
        char prev = 0;
        int64_t k = 0;
        for (int64_t i = 0; i < n; i++) {
            char c = buf[i];
            if (c == '_') {
                if (!(prev >= '0' && prev <= '9')) goto invalid;
            } else {
                if (prev == '_' && !(c >= '0' && c <= '9')) goto invalid;
                buf[k++] = c;
            }
            prev = c;
        }
        if (prev == '_') goto invalid;
        n = k;
        buf[n] = 0;
    }
    /* float_from_string_inner */
    char *p = buf, *last = buf + n;
    while (p < last && ascii_isspace(*p)) p++;
    if (p == last) goto invalid;
    while (p < last - 1 && ascii_isspace(last[-1])) last--;
    *last = 0;

    /* _Py_dg_strtod's syntax, then _Py_parse_inf_or_nan */
    const char *q = p;
    int neg = 0;
    if (*q == '-') { neg = 1; q++; }
    else if (*q == '+') q++;
    const char *mant = q;
    int64_t nd = 0;
    while (*q >= '0' && *q <= '9') { q++; nd++; }
    if (*q == '.') {
        q++;
        while (*q >= '0' && *q <= '9') { q++; nd++; }
    }
    if (nd == 0) {
        q = mant;
        double r;
        if (ci_match(q, "inf")) {
            q += 3;
            if (ci_match(q, "inity")) q += 5;
            r = INFINITY;
        } else if (ci_match(q, "nan")) {
            q += 3;
            r = NAN;
        } else {
            goto invalid;
        }
        if (q != last) goto invalid;
        return neg ? -r : r;
    }
    if (*q == 'e' || *q == 'E') {
        const char *e = q + 1;
        if (*e == '+' || *e == '-') e++;
        if (*e >= '0' && *e <= '9') {
            while (*e >= '0' && *e <= '9') e++;
            q = e;
        }
    }
    if (q != last) goto invalid;
    return strtod(p, NULL);

invalid:
    raise_with_repr(PYZ_EXC_ValueError, "could not convert string to float: ", s, -1);
    return 0.0;
}
