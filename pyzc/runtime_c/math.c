/* math.c - the math module on doubles.
 *
 * Invariants: results are glibc's, which CPython calls: libm's where zig's agrees with
 * glibc's (log, expm1, log1p, pow), else trig.c's and explog.c's correctly rounded ones
 * (sin, cos, tan, atan, atan2, asin, acos, exp, log2) or glibc's formulas over them
 * (tanh, sinh, cosh, log10); domain errors
 * raise ValueError("math domain error") and overflow raises
 * OverflowError("math range error"), as CPython's math module does.
 */
#include "pyz.h"
#include <math.h>
#include <string.h>

static double domain_error(void) {
    pyz_raise(PYZ_EXC_ValueError, "math domain error");
    return 0.0;
}

static double range_error(void) {
    pyz_raise(PYZ_EXC_OverflowError, "math range error");
    return 0.0;
}

/* CPython's rule: a nan result from a non-nan input is a domain error, an
 * infinite result from finite input is a range error. */
static double checked(double r, double x) {
    if (PYZ_UNLIKELY(isnan(r) && !isnan(x))) return domain_error();
    if (PYZ_UNLIKELY(isinf(r) && isfinite(x))) return range_error();
    return r;
}

double pyz_math_sqrt(double x) { return x < 0 ? domain_error() : sqrt(x); }
double pyz_math_exp(double x) { return checked(pyz_explog_exp(x), x); }
double pyz_math_log(double x) { return x <= 0 ? domain_error() : log(x); }
double pyz_math_log2(double x) { return x <= 0 ? domain_error() : pyz_explog_log2(x); }
double pyz_math_log10(double x) { return x <= 0 ? domain_error() : pyz_explog_log10(x); }
double pyz_math_expm1(double x) { return checked(expm1(x), x); }
double pyz_math_log1p(double x) { return x <= -1.0 ? domain_error() : log1p(x); }
double pyz_math_log_base(double x, double base) {
    if (x <= 0 || base <= 0) return domain_error();
    double d = log(base);
    if (d == 0.0) {
        pyz_raise(PYZ_EXC_ZeroDivisionError, "float division by zero");
        return 0.0;
    }
    return log(x) / d;
}
/* sin and cos from trig.c (correctly rounded), not musl's: random.gauss prints them */
double pyz_math_sin(double x) { return isinf(x) ? domain_error() : pyz_trig_sin(x); }
double pyz_math_cos(double x) { return isinf(x) ? domain_error() : pyz_trig_cos(x); }
double pyz_math_tan(double x) { return isinf(x) ? domain_error() : pyz_trig_tan(x); }
double pyz_math_asin(double x) { return (x < -1 || x > 1) ? domain_error() : pyz_trig_asin(x); }
double pyz_math_acos(double x) { return (x < -1 || x > 1) ? domain_error() : pyz_trig_acos(x); }
double pyz_math_atan(double x) { return pyz_trig_atan(x); }
double pyz_math_atan2(double y, double x) { return pyz_trig_atan2(y, x); }
/* sinh and cosh as glibc computes them (fdlibm's e_sinh.c and e_cosh.c: expm1 near 0, exp
 * elsewhere), over explog.c's exp, which is glibc's nearly always; musl's formulas differ
 * (cosh differed from CPython on 8.8% of x in [-4, 4)). */
double pyz_math_sinh(double x) {
    double ax = fabs(x), h = x < 0 ? -0.5 : 0.5;
    if (!isfinite(x)) return x;
    if (ax < 22.0) {
        if (ax < 0x1p-28) return x;
        double t = expm1(ax);
        if (ax < 1.0) return h * (2.0 * t - t * t / (t + 1.0));
        return h * (t + t / (t + 1.0));
    }
    if (ax < 0x1.62e42p+9) return h * pyz_explog_exp(ax);    /* 709.78222...: exp(ax) is finite */
    if (ax <= 0x1.633ce8fb9f87dp+9) {                       /* the overflow threshold */
        double w = pyz_explog_exp(0.5 * ax);
        double t = h * w;
        return t * w;
    }
    return range_error();
}
double pyz_math_cosh(double x) {
    double ax = fabs(x);
    if (!isfinite(x)) return ax;
    if (ax < 22.0) {
        if (ax < 0x1.62e43p-2) {                            /* 0.5*ln2, by its high word */
            if (ax < 0x1p-55) return 1.0;
            double t = expm1(ax), w = 1.0 + t;
            return 1.0 + (t * t) / (w + w);
        }
        double t = pyz_explog_exp(ax);
        return 0.5 * t + 0.5 / t;
    }
    if (ax < 0x1.62e42p+9) return 0.5 * pyz_explog_exp(ax);
    if (ax <= 0x1.633ce8fb9f87dp+9) {
        double w = pyz_explog_exp(0.5 * ax);
        double t = 0.5 * w;
        return t * w;
    }
    return range_error();
}
/* tanh as glibc computes it (fdlibm's s_tanh.c, over expm1, which musl and glibc share), not musl's
 * formula: musl's tanh differs from CPython's in the last bit on many arguments (0.5000000000000002). */
double pyz_math_tanh(double x) {
    double ax = fabs(x), z;
    if (isnan(x)) return x;
    if (ax >= 22.0) z = 1.0;                       /* also +-inf */
    else if (x == 0.0) return x;                   /* keeps the sign of zero */
    else if (ax < 0x1p-55) return x * (1.0 + x);
    else if (ax >= 1.0) z = 1.0 - 2.0 / (expm1(2.0 * ax) + 2.0);
    else {
        double t = expm1(-2.0 * ax);
        z = -t / (t + 2.0);
    }
    return x >= 0 ? z : -z;
}
double pyz_math_fabs(double x) { return fabs(x); }
double pyz_math_hypot(double x, double y) { return hypot(x, y); }
double pyz_math_copysign(double x, double y) { return copysign(x, y); }
double pyz_math_degrees(double x) { return x * (180.0 / 3.141592653589793); }
double pyz_math_radians(double x) { return x * (3.141592653589793 / 180.0); }

double pyz_math_pow(double x, double y) {
    if (x == 0.0 && y < 0.0 && isfinite(y)) return domain_error();
    if (x < 0.0 && isfinite(x) && isfinite(y) && y != floor(y)) return domain_error();
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) return range_error();
    return r;
}

double pyz_math_fmod(double x, double y) {
    if (isinf(x) || (y == 0.0 && !isnan(x))) return domain_error();
    return fmod(x, y);
}

static int64_t to_int(double r) {
    if (isnan(r)) {
        pyz_raise(PYZ_EXC_ValueError, "cannot convert float NaN to integer");
        return 0;
    }
    if (isinf(r)) {
        pyz_raise(PYZ_EXC_OverflowError, "cannot convert float infinity to integer");
        return 0;
    }
    return pyz_float_to_int(r);
}

int64_t pyz_math_floor(double x) { return to_int(floor(x)); }
int64_t pyz_math_ceil(double x) { return to_int(ceil(x)); }
int64_t pyz_math_trunc(double x) { return to_int(trunc(x)); }

/* ---- math.fsum: CPython's math_fsum (Shewchuk's algorithm), accumulated item by item. */
PyzFsum *pyz_fsum_new(void) {
    PyzFsum *acc = pyz_gc_alloc(sizeof *acc);
    acc->cap = 32;
    acc->partials = pyz_gc_alloc_atomic((size_t)acc->cap * sizeof(double));
    return acc;
}

void pyz_fsum_add(PyzFsum *acc, double x) {
    double xsave = x;
    int64_t i = 0;
    for (int64_t j = 0; j < acc->n; j++) {
        double y = acc->partials[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0) acc->partials[i++] = lo;
        x = hi;
    }
    acc->n = i;
    if (x == 0.0) return;
    if (!isfinite(x)) {
        /* from an inf or nan item, or from intermediate overflow (raised at the end) */
        if (isfinite(xsave)) {
            acc->has_special = true;  /* marks the overflow */
            return;
        }
        if (isinf(xsave)) acc->inf_sum += xsave;
        acc->special += xsave;
        acc->n = 0;
        return;
    }
    if (acc->n == acc->cap) {
        double *p = pyz_gc_alloc_atomic((size_t)acc->cap * 2 * sizeof(double));
        memcpy(p, acc->partials, (size_t)acc->n * sizeof(double));
        acc->partials = p;
        acc->cap *= 2;
    }
    acc->partials[acc->n++] = x;
}

double pyz_fsum_result(PyzFsum *acc) {
    if (acc->has_special) {
        pyz_raise(PYZ_EXC_OverflowError, "intermediate overflow in fsum");
        return 0.0;
    }
    if (acc->special != 0.0) {
        if (isnan(acc->inf_sum)) {
            pyz_raise(PYZ_EXC_ValueError, "-inf + inf in fsum");
            return 0.0;
        }
        return acc->special;
    }
    double *p = acc->partials;
    int64_t n = acc->n;
    double hi = 0.0, lo = 0.0;
    if (n > 0) {
        hi = p[--n];
        while (n > 0) {  /* sum from the top, stopping when the sum becomes inexact */
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* make half-even rounding work across several partials */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return hi;
}

bool pyz_math_isclose(double a, double b, double rel_tol, double abs_tol) {
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        pyz_raise(PYZ_EXC_ValueError, "tolerances must be non-negative");
        return false;
    }
    if (a == b) return true;
    if (isinf(a) || isinf(b)) return false;
    double diff = fabs(b - a);
    return diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol;
}

/* ---- integer functions: CPython's errors; a result past the small range is a big int (int.c).
 * Their operands are small: passes/guard_big_ints.py guards them. */
static bool nonnegative(int64_t v, const char *message) {
    if (v >= 0) return true;
    pyz_raise(PYZ_EXC_ValueError, message);
    return false;
}

int64_t pyz_math_factorial(int64_t n) {
    if (!nonnegative(n, "factorial() not defined for negative values")) return 0;
    int64_t r = 1;
    for (int64_t i = 2; i <= n; i++)
        if (__builtin_mul_overflow(r, i, &r)) return pyz_int_from_long(pyz_long_factorial(n));
    return r;
}

int64_t pyz_math_isqrt(int64_t n) {
    if (PYZ_UNLIKELY(pyz_int_is_big(n))) return pyz_int_from_long(pyz_long_isqrt(pyz_int_long(n)));
    if (!nonnegative(n, "isqrt() argument must be nonnegative")) return 0;
    uint64_t r = (uint64_t)sqrt((double)n);
    while (r * r > (uint64_t)n) r--;
    while ((r + 1) * (r + 1) <= (uint64_t)n) r++;
    return (int64_t)r;
}

int64_t pyz_math_comb(int64_t n, int64_t k) {
    if (!nonnegative(n, "n must be a non-negative integer") || !nonnegative(k, "k must be a non-negative integer")) return 0;
    if (k > n) return 0;
    if (k > n - k) k = n - k;
    int64_t r = 1;
    for (int64_t i = 1; i <= k; i++) {
        /* r * (n - k + i) / i is exact (a binomial at each step); dividing by g = gcd(r, i) first
         * leaves i / g dividing n - k + i, so no intermediate product is larger than the result */
        int64_t g = pyz_int_gcd(r, i);
        if (__builtin_mul_overflow(r / g, (n - k + i) / (i / g), &r)) return pyz_int_comb_slow(n, k);
    }
    return (int64_t)r;
}

int64_t pyz_math_perm(int64_t n, int64_t k) {
    if (!nonnegative(n, "n must be a non-negative integer") || !nonnegative(k, "k must be a non-negative integer")) return 0;
    if (k > n) return 0;
    int64_t r = 1;
    for (int64_t i = 0; i < k; i++)
        if (__builtin_mul_overflow(r, n - i, &r)) return pyz_int_perm_slow(n, k);
    return r;
}

int64_t pyz_math_lcm(int64_t a, int64_t b) {
    if (a == 0 || b == 0) return 0;
    if (PYZ_UNLIKELY(!pyz_int_small2(a, b))) {  /* big words: |a * b| // gcd(a, b) */
        PyzLong *x = pyz_int_to_long(a), *y = pyz_int_to_long(b);
        return pyz_int_from_long(pyz_long_abs(pyz_long_floordiv(pyz_long_mul(x, y), pyz_long_gcd(x, y))));
    }
    int64_t g = pyz_int_gcd(a, b);
    int64_t r;
    if (g == 0 || __builtin_mul_overflow(a / g, b, &r) || r < PYZ_SMALL_MIN)
        return pyz_int_from_long(pyz_long_abs(pyz_long_mul_ii(a / g, b)));
    return r < 0 ? -r : r;
}
