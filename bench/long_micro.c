/* long_micro.c - big-int kernels on runtime_c/long.c, for bench/long_micro.py.
 *
 * Linked with the whole runtime (the real collector, not a shim), so the allocation that
 * every big-int result costs is measured too.  Each kernel is what the Python versions in
 * long_micro.py do, written as step 2's generated code would call the runtime; it prints a
 * check value (compared with CPython's) and "seconds <t>" for the kernel alone.
 *
 *   long_micro fact_loop N REPS   r = 1; for i in 2..N: r *= i     (REPS times)
 *   long_micro factorial N REPS   math.factorial(N)                 (REPS times)
 *   long_micro pidigits N         the benchmarks game's spigot, N digits
 *   long_micro hash N             h = (h * 31 + (i & 255)) % M; x ^= hash(h), M a 50-digit prime
 *   long_micro mul BITS REPS      a * b of two random BITS-bit values (the Karatsuba cutoff)
 */
#include "pyz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);   /* CPU time: the machine is shared */
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static PyzLong *lit(const char *s)
{
    PyzLong *r = NULL;
    if (pyz_long_parse(s, (int64_t)strlen(s), 10, &r) != 0) abort();
    return r;
}

static void show(PyzLong *a)
{
    int64_t len;
    PyzLong *m = pyz_long_mod(a, lit("1000000007"));
    printf("check %s\n", pyz_long_to_cstr(m, 10, &len));
}

__attribute__((noinline)) static int run(int argc, char **argv)
{
    if (argc < 3) return 2;
    const char *what = argv[1];
    int64_t n = atoll(argv[2]), reps = argc > 3 ? atoll(argv[3]) : 1;
    double t0 = now();
    if (!strcmp(what, "fact_loop") || !strcmp(what, "factorial")) {
        PyzLong *r = NULL;
        for (int64_t k = 0; k < reps; k++) {
            if (what[4] == '_') {
                r = pyz_long_from_i64(1);
                for (int64_t i = 2; i <= n; i++) r = pyz_long_mul_i64(r, i);
            } else {
                r = pyz_long_factorial(n);
            }
        }
        double t = now() - t0;
        show(r);
        printf("seconds %.6f\n", t);
    } else if (!strcmp(what, "pidigits")) {
        int64_t i = 0, k = 0, ns = 0, k1 = 1;
        PyzLong *nn = pyz_long_from_i64(1), *a = pyz_long_from_i64(0), *d = pyz_long_from_i64(1), *t, *u;
        uint64_t digits_check = 0;
        for (;;) {
            k += 1;
            t = pyz_long_lshift(nn, 1);
            nn = pyz_long_mul_i64(nn, k);
            a = pyz_long_add(a, t);
            k1 += 2;
            a = pyz_long_mul_i64(a, k1);
            d = pyz_long_mul_i64(d, k1);
            if (pyz_long_cmp(a, nn) >= 0) {
                t = pyz_long_divmod(pyz_long_add(pyz_long_mul_i64(nn, 3), a), d, &u);
                u = pyz_long_add(u, nn);
                if (pyz_long_cmp(d, u) > 0) {
                    int64_t tv;
                    pyz_long_to_i64(t, &tv);
                    ns = ns * 10 + tv;
                    i += 1;
                    if (i % 10 == 0) {
                        digits_check = digits_check * 1000003u + (uint64_t)ns;
                        ns = 0;
                    }
                    if (i >= n) break;
                    a = pyz_long_sub(a, pyz_long_mul(d, t));
                    a = pyz_long_mul_i64(a, 10);
                    nn = pyz_long_mul_i64(nn, 10);
                }
            }
        }
        double tt = now() - t0;
        printf("check %llu\n", (unsigned long long)(digits_check % 1000000007u));
        printf("seconds %.6f\n", tt);
    } else if (!strcmp(what, "hash")) {
        PyzLong *m = lit("10000000000000000000000000000000000000000000000151");
        PyzLong *h = pyz_long_from_i64(0);
        int64_t x = 0;
        for (int64_t i = 0; i < n; i++) {
            h = pyz_long_mod(pyz_long_add_i64(pyz_long_mul_i64(h, 31), i & 255), m);
            x ^= pyz_long_hash(h);
        }
        double t = now() - t0;
        printf("check %lld\n", (long long)(((x % 1000000007) + 1000000007) % 1000000007));
        printf("seconds %.6f\n", t);
    } else if (!strcmp(what, "mul")) {
        uint64_t s = 88172645463325252ull;
        int64_t nd = (n + 31) / 32;
        uint32_t *da = malloc((size_t)nd * 4), *db = malloc((size_t)nd * 4);
        for (int64_t i = 0; i < nd; i++) {
            s ^= s << 13; s ^= s >> 7; s ^= s << 17; da[i] = (uint32_t)s;
            s ^= s << 13; s ^= s >> 7; s ^= s << 17; db[i] = (uint32_t)s | 1u;
        }
        PyzLong *a = pyz_long_from_digits(1, da, nd), *b = pyz_long_from_digits(1, db, nd), *r = NULL;
        t0 = now();
        for (int64_t k = 0; k < reps; k++) r = pyz_long_mul(a, b);
        double t = now() - t0;
        printf("check %lld\n", (long long)pyz_long_bit_length(r));
        printf("seconds %.6f\n", t);
    } else {
        return 2;
    }
    return 0;
}

int main(int argc, char **argv)
{
    pyz_gc_init(__builtin_frame_address(0));   /* not a local's address: ASan may move it off the stack */
    return run(argc, argv);
}
