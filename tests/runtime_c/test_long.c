/* test_long.c - runtime_c/long.c with the real collector: big ints held only in C locals
 * survive collections (they are atomic blocks found by the conservative stack scan), and
 * what is computed across collections is right.  Expected values are CPython 3.11's.
 * (Every operation is checked against CPython by tests/test_long_runtime.py; this test is
 * about living in the GC heap.) */
#include "pyz.h"
#include "check.h"

#include <string.h>

#define NOINLINE __attribute__((noinline))

static PyzLong *lit(const char *s)
{
    PyzLong *r = NULL;
    CHECK(pyz_long_parse(s, (int64_t)strlen(s), 10, &r) == 0);
    return r;
}

static int64_t mod_p(PyzLong *a) { return pyz_long_mod_i64(a, 1000000007); }

/* garbage of every size class, so that collections happen and reuse freed slots */
static NOINLINE void churn(void)
{
    for (int i = 0; i < 2000; i++) pyz_long_lshift(pyz_long_from_i64(i + 1), (i * 37) % 3000);
    pyz_gc_collect();
}

static NOINLINE void test_factorial_across_collections(void)
{
    PyzLong *r = pyz_long_from_i64(1);
    for (int64_t i = 2; i <= 1000; i++) {
        r = pyz_long_mul_i64(r, i);
        if (i % 100 == 0) churn();
    }
    CHECK(mod_p(r) == 641419708);
    CHECK(pyz_long_cmp(r, pyz_long_factorial(1000)) == 0);
    int64_t len = 0;
    CHECK(pyz_long_to_cstr(r, 10, &len) != NULL && len == 2568);
}

static NOINLINE void test_text_round_trip(void)
{
    PyzLong *e = pyz_long_from_i64(5000);
    PyzLong *p = pyz_long_pow(pyz_long_from_i64(3), e);
    churn();
    int64_t len = 0;
    char *s = pyz_long_to_cstr(p, 10, &len);
    CHECK(len == 2386);
    churn();
    PyzLong *back = NULL;
    CHECK(pyz_long_parse(s, len, 10, &back) == 0);
    CHECK(pyz_long_eq(back, p));
    CHECK(pyz_long_hash(p) == INT64_C(1993180350957201350));
    PyzLong *n = pyz_long_neg(pyz_long_pow(pyz_long_from_i64(7), pyz_long_from_i64(777)));
    churn();
    CHECK(pyz_long_hash(n) == INT64_C(-417666937324890826));
}

static NOINLINE void test_errors_leave_no_value(void)
{
    CHECK(pyz_long_floordiv(lit("123456789012345678901234567890"), pyz_long_from_i64(0)) == NULL);
    CHECK(pyz_exc_pending == PYZ_EXC_ZeroDivisionError);
    pyz_exc_clear();
    char big[4400];
    memset(big, '7', sizeof big);
    PyzLong *r = NULL;
    CHECK(pyz_long_parse(big, (int64_t)sizeof big, 10, &r) == -1);
    CHECK(pyz_exc_pending == PYZ_EXC_ValueError);
    pyz_exc_clear();
    CHECK(pyz_long_parse("12a", 3, 10, &r) == 1 && !pyz_exc_pending);
}

/* m * 2**e with m rounded to 53 bits half to even (CPython's _PyLong_Frexp, for math.log): ties, a
 * sticky bit below the tie, and a rounding up to 1.0 */
static NOINLINE void test_frexp(void)
{
    int64_t e = 0;
    CHECK(pyz_long_frexp(pyz_long_pow(pyz_long_from_i64(3), pyz_long_from_i64(700)), &e) == 0x1.6382d2c2ff804p-1 && e == 1110);
    PyzLong *top = pyz_long_lshift(pyz_long_from_i64(1), 1100), *tie = pyz_long_lshift(pyz_long_from_i64(1), 1047);
    CHECK(pyz_long_frexp(pyz_long_add(top, tie), &e) == 0x1p-1 && e == 1101);
    CHECK(pyz_long_frexp(pyz_long_add(pyz_long_add(top, tie), pyz_long_from_i64(1)), &e) == 0x1.0000000000001p-1 && e == 1101);
    CHECK(pyz_long_frexp(pyz_long_add(top, pyz_long_mul_i64(tie, 3)), &e) == 0x1.0000000000002p-1 && e == 1101);
    PyzLong *all = pyz_long_sub(pyz_long_lshift(pyz_long_from_i64(1), 1024), pyz_long_from_i64(1));
    CHECK(pyz_long_frexp(all, &e) == 0.5 && e == 1025);
}

int main(void)
{
    pyz_gc_init(__builtin_frame_address(0));   /* not a local's address: ASan may move it off the stack */
    test_factorial_across_collections();
    test_text_round_trip();
    test_errors_leave_no_value();
    test_frexp();
    return CHECK_DONE();
}
