/* test_float_pow.c - x ** 2 (pyz_float_pow's fast path: x * x when the square is not near a
 * rounding boundary) gives glibc's pow bit for bit (pyz_glibc_pow, the port CPython's results
 * come from), on two million random doubles over the whole range and around 1. */
#include "pyz.h"
#include "check.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

double pyz_glibc_pow(double x, double y);

int main(int argc, char **argv)
{
    (void)argv;
    pyz_gc_init(&argc);
    uint64_t s = 88172645463325252ULL;
    int64_t fast = 0;
    for (int i = 0; i < 2000000; i++) {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        uint64_t u = s;
        if (i % 2)  /* exponents near 0: squares of ordinary sizes */
            u = (u & 0x800FFFFFFFFFFFFFULL) | ((uint64_t)(1023 + (int)((s >> 52) % 200) - 100) << 52);
        double x;
        memcpy(&x, &u, sizeof x);
        if (!isfinite(x))
            continue;
        double want = pyz_glibc_pow(x, 2.0);
        if (isinf(want))
            continue;  /* OverflowError, not this test's concern */
        double got = pyz_float_pow(x, 2.0);
        fast += got == x * x;
        if (memcmp(&got, &want, sizeof got) == 0) {
            check_passed++;
        } else {
            check_failed++;
            fprintf(stderr, "%a ** 2: %a, glibc %a\n", x, got, want);
        }
    }
    CHECK(pyz_exc_pending == 0);
    CHECK(fast > 1000000);  /* the fast path was taken */
    return CHECK_DONE();
}
