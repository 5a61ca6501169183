/* long_shim.c - runtime_c/long.c on its own, for tests/test_long_runtime.py.
 *
 * long.c needs two things of the rest of the runtime: atomic allocation and pyz_raise.  Here
 * allocation is calloc, every block of one call freed at the start of the next (so ASan sees
 * every overrun and use after free, and nothing leaks), and pyz_raise records the exception.
 *
 * One entry point, shim_eval("op arg..."), in a text protocol that does not use long.c's own
 * conversions: values travel as signed hexadecimal ("-1f", "0") read and written here digit by
 * digit, floats as C99 hexadecimal floats (exact), text as hexadecimal bytes.  The answer is
 * the result(s) separated by spaces, or "!Kind message" for a pending exception.  Built as a
 * shared library it is called through ctypes; with -DSHIM_MAIN it is a program that answers
 * one line of stdin per line (sanitizer builds, 32-bit arm under qemu).
 */
#include "pyz.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int32_t pyz_exc_pending;
static char exc_msg[512];

void pyz_raise(int32_t kind, const char *msg)
{
    pyz_exc_pending = kind;
    snprintf(exc_msg, sizeof exc_msg, "%s", msg);
}

static void **blocks;
static size_t nblocks, capblocks;

void *pyz_gc_alloc_atomic(size_t size)
{
    void *p = calloc(1, size ? size : 1);
    if (!p) abort();
    if (nblocks == capblocks) {
        capblocks = capblocks ? 2 * capblocks : 1024;
        blocks = (void **)realloc(blocks, capblocks * sizeof *blocks);
        if (!blocks) abort();
    }
    blocks[nblocks++] = p;
    return p;
}

/* not zeroed in the real heap: filled with a pattern here, so that a digit left unwritten shows */
void *pyz_gc_alloc_atomic_raw(size_t size)
{
    void *p = pyz_gc_alloc_atomic(size);
    memset(p, 0xA5, size);
    return p;
}

void *pyz_gc_try_alloc_atomic(uint64_t size)
{
    if (size > ((uint64_t)1 << 30)) {   /* the tests never need a GiB: what a real heap refuses */
        pyz_raise(PYZ_EXC_MemoryError, "");
        return NULL;
    }
    return pyz_gc_alloc_atomic((size_t)size);
}

static void free_blocks(void)
{
    for (size_t i = 0; i < nblocks; i++) free(blocks[i]);
    nblocks = 0;
}

/* ------------------------------------------------------------ the output */

static char *out;
static size_t outlen, outcap;

static void put(const char *s, size_t n)
{
    if (outlen + n + 1 > outcap) {
        outcap = (outlen + n + 1) * 2;
        out = (char *)realloc(out, outcap);
        if (!out) abort();
    }
    memcpy(out + outlen, s, n);
    outlen += n;
    out[outlen] = 0;
}

static void puts_(const char *s) { put(s, strlen(s)); }

static void put_long(const PyzLong *a)
{
    if (outlen) puts_(" ");
    if (a->sign == 0) { puts_("0"); return; }
    if (a->size <= 0 || a->d[a->size - 1] == 0 || (a->sign != 1 && a->sign != -1)) {
        puts_("!Invariant not normalised");
        return;
    }
    if (a->sign < 0) puts_("-");
    char buf[16];
    snprintf(buf, sizeof buf, "%x", (unsigned)a->d[a->size - 1]);
    puts_(buf);
    for (int64_t i = a->size - 2; i >= 0; i--) {
        snprintf(buf, sizeof buf, "%08x", (unsigned)a->d[i]);
        puts_(buf);
    }
}

static void put_i64(int64_t v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%s%lld", outlen ? " " : "", (long long)v);
    puts_(buf);
}

/* ------------------------------------------------------------- the input */

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return c - 'A' + 10;
}

static PyzLong *arg_long(const char *s)
{
    int32_t sign = 1;
    if (*s == '-') { sign = -1; s++; }
    size_t n = strlen(s);
    size_t nd = (n + 7) / 8;
    uint32_t *d = (uint32_t *)pyz_gc_alloc_atomic(nd * sizeof(uint32_t) + 4);
    for (size_t i = 0; i < n; i++) {   /* hex digit i from the end */
        uint32_t v = (uint32_t)hexval(s[n - 1 - i]);
        d[i / 8] |= v << (4 * (i % 8));
    }
    return pyz_long_from_digits(sign, d, (int64_t)nd);
}

static char *arg_bytes(const char *s, int64_t *len)
{
    size_t n = strlen(s) / 2;
    char *b = (char *)pyz_gc_alloc_atomic(n + 1);
    for (size_t i = 0; i < n; i++) b[i] = (char)(hexval(s[2 * i]) * 16 + hexval(s[2 * i + 1]));
    *len = (int64_t)n;
    return b;
}

static const char *kind_name(int32_t kind)
{
    switch (kind) {
#define NAME(k, base, base2, name) case PYZ_EXC_##k: return name;
    PYZ_EXC_KINDS(NAME)
#undef NAME
    }
    return "?";
}

#define MAXARGS 4

const char *shim_eval(const char *line)
{
    free_blocks();
    pyz_exc_pending = 0;
    outlen = 0;
    put("", 0);
    /* split into words */
    size_t n = strlen(line);
    char *buf = (char *)pyz_gc_alloc_atomic(n + 1);
    memcpy(buf, line, n);
    char *w[MAXARGS + 1];
    int nw = 0;
    for (char *p = strtok(buf, " \n"); p && nw <= MAXARGS; p = strtok(NULL, " \n")) w[nw++] = p;
    if (nw == 0) return "!Shim empty line";
    const char *op = w[0];
#define L(i) arg_long(w[i])
#define I(i) strtoll(w[i], NULL, 10)
    PyzLong *r = NULL, *r2 = NULL;
    if (!strcmp(op, "add")) r = pyz_long_add(L(1), L(2));
    else if (!strcmp(op, "sub")) r = pyz_long_sub(L(1), L(2));
    else if (!strcmp(op, "mul")) r = pyz_long_mul(L(1), L(2));
    else if (!strcmp(op, "sqr")) { PyzLong *a = L(1); r = pyz_long_mul(a, a); }
    else if (!strcmp(op, "addi64")) r = pyz_long_add_i64(L(1), I(2));
    else if (!strcmp(op, "muli64")) r = pyz_long_mul_i64(L(1), I(2));
    else if (!strcmp(op, "addii")) r = pyz_long_add_ii(I(1), I(2));
    else if (!strcmp(op, "subii")) r = pyz_long_sub_ii(I(1), I(2));
    else if (!strcmp(op, "mulii")) r = pyz_long_mul_ii(I(1), I(2));
    else if (!strcmp(op, "floordiv")) r = pyz_long_floordiv(L(1), L(2));
    else if (!strcmp(op, "mod")) r = pyz_long_mod(L(1), L(2));
    else if (!strcmp(op, "divmod")) r = pyz_long_divmod(L(1), L(2), &r2);
    else if (!strcmp(op, "pow")) r = pyz_long_pow(L(1), L(2));
    else if (!strcmp(op, "powmod")) r = pyz_long_powmod(L(1), L(2), L(3));
    else if (!strcmp(op, "lshift")) r = pyz_long_lshift(L(1), I(2));
    else if (!strcmp(op, "rshift")) r = pyz_long_rshift(L(1), I(2));
    else if (!strcmp(op, "and")) r = pyz_long_and(L(1), L(2));
    else if (!strcmp(op, "or")) r = pyz_long_or(L(1), L(2));
    else if (!strcmp(op, "xor")) r = pyz_long_xor(L(1), L(2));
    else if (!strcmp(op, "invert")) r = pyz_long_invert(L(1));
    else if (!strcmp(op, "neg")) r = pyz_long_neg(L(1));
    else if (!strcmp(op, "abs")) r = pyz_long_abs(L(1));
    else if (!strcmp(op, "gcd")) r = pyz_long_gcd(L(1), L(2));
    else if (!strcmp(op, "isqrt")) r = pyz_long_isqrt(L(1));
    else if (!strcmp(op, "factorial")) r = pyz_long_factorial(I(1));
    else if (!strcmp(op, "fromi64")) r = pyz_long_from_i64(I(1));
    else if (!strcmp(op, "fromd")) r = pyz_long_from_double(strtod(w[1], NULL));
    else if (!strcmp(op, "cmp")) put_i64(pyz_long_cmp(L(1), L(2)));
    else if (!strcmp(op, "cmpi64")) put_i64(pyz_long_cmp_i64(L(1), I(2)));
    else if (!strcmp(op, "modi64")) { int64_t v = pyz_long_mod_i64(L(1), I(2)); if (!pyz_exc_pending) put_i64(v); }
    else if (!strcmp(op, "eq")) put_i64(pyz_long_eq(L(1), L(2)));
    else if (!strcmp(op, "bitlen")) put_i64(pyz_long_bit_length(L(1)));
    else if (!strcmp(op, "hash")) put_i64(pyz_long_hash(L(1)));
    else if (!strcmp(op, "cmpd")) put_i64(pyz_float_long_cmp(strtod(w[1], NULL), L(2)));
    else if (!strcmp(op, "toi64")) {
        int64_t v = 0;
        if (pyz_long_to_i64(L(1), &v)) put_i64(v);
        else puts_("nofit");
    } else if (!strcmp(op, "tod")) {
        double d = pyz_long_to_double(L(1));
        if (!pyz_exc_pending) {
            char dbuf[64];
            snprintf(dbuf, sizeof dbuf, "%a", d);
            puts_(dbuf);
        }
    } else if (!strcmp(op, "tobytes")) {
        int64_t n = I(2);
        uint8_t *b = (uint8_t *)pyz_gc_alloc_atomic((size_t)n + 1);
        if (pyz_long_to_bytes(L(1), b, n, I(3) != 0, I(4) != 0)) {
            char hx[3];
            puts_("b");   /* so that no bytes is not an empty answer */
            for (int64_t i = 0; i < n; i++) { snprintf(hx, sizeof hx, "%02x", b[i]); puts_(hx); }
        } else if (!pyz_exc_pending) {
            puts_("!Invariant false without an exception");
        }
    } else if (!strcmp(op, "frombytes")) {
        int64_t len = 0;
        const char *s = w[1][0] == '-' ? "" : arg_bytes(w[1], &len);
        r = pyz_long_from_bytes((const uint8_t *)s, len, I(2) != 0, I(3) != 0);
    } else if (!strcmp(op, "truediv")) {
        double d = pyz_long_truediv(L(1), L(2));
        if (!pyz_exc_pending) {
            char dbuf[64];
            snprintf(dbuf, sizeof dbuf, "%a", d);
            puts_(dbuf);
        }
    } else if (!strcmp(op, "tostr")) {
        int64_t len = 0;
        char *s = pyz_long_to_cstr(L(1), (int32_t)I(2), &len);
        if (s) {
            if ((int64_t)strlen(s) != len) puts_("!Invariant bad length");
            else put(s, (size_t)len);
        }
    } else if (!strcmp(op, "parse")) {
        int64_t len;
        const char *s = nw > 2 ? arg_bytes(w[2], &len) : (len = 0, "");
        int32_t st = pyz_long_parse(s, len, (int32_t)I(1), &r);
        if (st == 1) puts_("invalid");
        else if (st == 0 && pyz_exc_pending) puts_("!Invariant raised and returned 0");
        else if (st == -1 && !pyz_exc_pending) puts_("!Invariant -1 without an exception");
    } else {
        return "!Shim unknown op";
    }
    if (pyz_exc_pending) {
        outlen = 0;
        puts_("!");
        puts_(kind_name(pyz_exc_pending));
        puts_(" ");
        puts_(exc_msg);
        return out;
    }
    if (r) put_long(r);
    if (r2) put_long(r2);
    return out;
}

#ifdef SHIM_MAIN
int main(void)
{
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, stdin) > 0) {
        const char *res = shim_eval(line);
        fputs(res, stdout);
        fputc('\n', stdout);
        fflush(stdout);
    }
    free(line);
    free_blocks();
    free(blocks);
    free(out);
    return 0;
}
#endif
