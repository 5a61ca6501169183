/* math.c - the math module on doubles.
 *
 * Invariants: results are glibc's, which CPython calls: glibc_math.c's (pow, expm1, log1p,
 * exp2, cbrt, erf, erfc, and the exp of sinh, cosh, gamma: glibc's algorithms written out),
 * glibc's formulas over them here (asinh, acosh, atanh, sinh, cosh, tanh), CPython's own code
 * (gamma, lgamma, hypot's and dist's vector_norm), trig.c's and explog.c's correctly rounded
 * ones (sin, cos, tan, atan, atan2, asin, acos, exp, log2; log10 by glibc's formula), or
 * libm's where zig's agrees with glibc's (log; nextafter and remainder, which are exact);
 * domain errors raise ValueError("math domain error") and overflow raises
 * OverflowError("math range error"), where CPython's math module raises them.
 */
#include "pyz.h"
#include <float.h>
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

double pyz_math_domain_error(void) { return domain_error(); }
double pyz_math_exp(double x) { return checked(pyz_explog_exp(x), x); }
double pyz_math_log(double x) { return x <= 0 ? domain_error() : log(x); }
double pyz_math_log2(double x) { return x <= 0 ? domain_error() : pyz_explog_log2(x); }
double pyz_math_log10(double x) { return x <= 0 ? domain_error() : pyz_explog_log10(x); }
double pyz_math_expm1(double x) { return checked(pyz_glibc_expm1(x), x); }
double pyz_math_log1p(double x) { return x <= -1.0 ? domain_error() : pyz_glibc_log1p(x); }
double pyz_math_log_base(double x, double base) {
    if (x <= 0 || base <= 0) return domain_error();
    double d = log(base);
    if (d == 0.0) {
        pyz_raise(PYZ_EXC_ZeroDivisionError, "float division by zero");
        return 0.0;
    }
    return log(x) / d;
}
/* math.log, log2 and log10 of a number that may be an int, as CPython's loghelper (mathmodule.c): an int
 * past the float range is m * 2**e (pyz_long_frexp, as _PyLong_Frexp), whose log is f(m) + f(2.0) * e;
 * any other int is converted to float first, and an int <= 0 is a domain error whatever its size. */
static double log_of_num(PyzNum x, double (*f)(double)) {
    if (x.tag == PYZ_NUM_FLOAT) return x.v.f <= 0 ? domain_error() : f(x.v.f);
    int64_t w = x.v.i;
    if (!pyz_int_is_big(w)) return w <= 0 ? domain_error() : f((double)w);
    const PyzLong *a = pyz_int_long(w);
    if (a->sign < 0) return domain_error();
    int64_t e;
    double m = pyz_long_frexp(a, &e);
    if (e <= DBL_MAX_EXP) return f(ldexp(m, (int)e));  /* float(x) does not overflow */
    return f(m) + f(2.0) * (double)e;
}
double pyz_math_log_num(PyzNum x) { return log_of_num(x, log); }
double pyz_math_log2_num(PyzNum x) { return log_of_num(x, pyz_explog_log2); }
double pyz_math_log10_num(PyzNum x) { return log_of_num(x, pyz_explog_log10); }
/* math.log(x, base): each through loghelper, then CPython's float division */
double pyz_math_log_base_num(PyzNum x, PyzNum base) {
    double num = log_of_num(x, log);
    if (pyz_exc_pending) return 0.0;
    double den = log_of_num(base, log);
    if (pyz_exc_pending) return 0.0;
    if (den == 0.0) {
        pyz_raise(PYZ_EXC_ZeroDivisionError, "float division by zero");
        return 0.0;
    }
    return num / den;
}
/* sin and cos from trig.c (correctly rounded), not musl's: random.gauss prints them */
double pyz_math_sin(double x) { return isinf(x) ? domain_error() : pyz_trig_sin(x); }
double pyz_math_cos(double x) { return isinf(x) ? domain_error() : pyz_trig_cos(x); }
double pyz_math_tan(double x) { return isinf(x) ? domain_error() : pyz_trig_tan(x); }
double pyz_math_asin(double x) { return (x < -1 || x > 1) ? domain_error() : pyz_trig_asin(x); }
double pyz_math_acos(double x) { return (x < -1 || x > 1) ? domain_error() : pyz_trig_acos(x); }
double pyz_math_atan(double x) { return pyz_trig_atan(x); }
double pyz_math_atan2(double y, double x) { return pyz_trig_atan2(y, x); }
/* sinh and cosh as glibc computes them (fdlibm's e_sinh.c and e_cosh.c: glibc's expm1 near 0, exp
 * elsewhere), over pyz_glibc_exp (glibc_math.c; explog.c's correctly rounded exp left 18 of 20,000 x in
 * [-40, 40) different from CPython's, this none); musl's formulas differ (cosh differed from
 * CPython on 8.8% of x in [-4, 4)). */
double pyz_math_sinh(double x) {
    double ax = fabs(x), h = x < 0 ? -0.5 : 0.5;
    if (!isfinite(x)) return x;
    if (ax < 22.0) {
        if (ax < 0x1p-28) return x;
        double t = pyz_glibc_expm1(ax);
        if (ax < 1.0) return h * (2.0 * t - t * t / (t + 1.0));
        return h * (t + t / (t + 1.0));
    }
    if (ax < 0x1.62e42p+9) return h * pyz_glibc_exp(ax);    /* 709.78222...: exp(ax) is finite */
    if (ax <= 0x1.633ce8fb9f87dp+9) {                       /* the overflow threshold */
        double w = pyz_glibc_exp(0.5 * ax);
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
            double t = pyz_glibc_expm1(ax), w = 1.0 + t;
            return 1.0 + (t * t) / (w + w);
        }
        double t = pyz_glibc_exp(ax);
        return 0.5 * t + 0.5 / t;
    }
    if (ax < 0x1.62e42p+9) return 0.5 * pyz_glibc_exp(ax);
    if (ax <= 0x1.633ce8fb9f87dp+9) {
        double w = pyz_glibc_exp(0.5 * ax);
        double t = 0.5 * w;
        return t * w;
    }
    return range_error();
}
/* tanh as glibc computes it (fdlibm's s_tanh.c, over glibc's expm1, below), not musl's
 * formula: musl's tanh differs from CPython's in the last bit on many arguments (0.5000000000000002). */
double pyz_math_tanh(double x) {
    double ax = fabs(x), z;
    if (isnan(x)) return x;
    if (ax >= 22.0) z = 1.0;                       /* also +-inf */
    else if (x == 0.0) return x;                   /* keeps the sign of zero */
    else if (ax < 0x1p-55) return x * (1.0 + x);
    else if (ax >= 1.0) z = 1.0 - 2.0 / (pyz_glibc_expm1(2.0 * ax) + 2.0);
    else {
        double t = pyz_glibc_expm1(-2.0 * ax);
        z = -t / (t + 2.0);
    }
    return x >= 0 ? z : -z;
}
double pyz_math_fabs(double x) { return fabs(x); }
static double vector_norm(int64_t n, double *v, double max, bool found_nan);
/* hypot as CPython's: its vector_norm (below, with dist), not libm's hypot (zig's differed from
 * CPython's on 0.12% of 20,000 random pairs) */
double pyz_math_hypot(double x, double y) {
    double v[2] = {fabs(x), fabs(y)}, max = 0.0;
    for (int i = 0; i < 2; i++)
        if (v[i] > max) max = v[i];   /* never a nan: hypot(inf, nan) is inf */
    return vector_norm(2, v, max, isnan(x) || isnan(y));
}
double pyz_math_copysign(double x, double y) { return copysign(x, y); }
double pyz_math_degrees(double x) { return x * (180.0 / 3.141592653589793); }
double pyz_math_radians(double x) { return x * (3.141592653589793 / 180.0); }

double pyz_math_pow(double x, double y) {
    if (x == 0.0 && y < 0.0 && isfinite(y)) return domain_error();
    if (x < 0.0 && isfinite(x) && isfinite(y) && y != floor(y)) return domain_error();
    double r = pyz_glibc_pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) return range_error();
    return r;
}

/* CPython's rule: a nan result from operands that are not nan is a domain error (fmod(inf, y), fmod(x, 0));
 * fmod(inf, nan) is nan */
double pyz_math_fmod(double x, double y) {
    if (!isnan(y) && (isinf(x) || (y == 0.0 && !isnan(x)))) return domain_error();
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

/* ---- the hyperbolic inverses, cbrt, exp2, erf, erfc, gamma, lgamma and the float utilities.
 * CPython's math_1 rule for a function that cannot overflow: a nan or infinite result from a
 * finite argument is a domain error (atanh(1.0), acosh(0.5)). */
static double checked_domain(double r, double x) {
    if (PYZ_UNLIKELY((isnan(r) && !isnan(x)) || (isinf(r) && isfinite(x)))) return domain_error();
    return r;
}

/* asinh, acosh and atanh by glibc's formulas (fdlibm's, with its thresholds 2**28 where musl's
 * are 2**26 and 2**-28 where musl's is 2**-32) over libm's log, log1p and sqrt, which zig's
 * libm computes as glibc does nearly always. */
static const double LN2 = 6.93147180559945286227e-01;

double pyz_math_cbrt(double x) { return pyz_glibc_cbrt(x); }
double pyz_math_exp2(double x) { return checked(pyz_glibc_exp2(x), x); }
double pyz_math_erf(double x) { return pyz_glibc_erf(x); }
double pyz_math_erfc(double x) { return pyz_glibc_erfc(x); }

double pyz_math_asinh(double x) {
    double ax = fabs(x), w;
    if (!isfinite(x)) return x + x;
    if (ax < 0x1p-28) return x;
    if (ax > 0x1p28) w = log(ax) + LN2;
    else if (ax > 2.0) w = log(2.0 * ax + 1.0 / (sqrt(x * x + 1.0) + ax));
    else {
        double t = x * x;
        w = pyz_glibc_log1p(ax + t / (1.0 + sqrt(1.0 + t)));
    }
    return copysign(w, x);
}

double pyz_math_acosh(double x) {
    if (isnan(x)) return x;
    if (x < 1.0) return domain_error();
    if (x >= 0x1p28) return isinf(x) ? x : log(x) + LN2;
    if (x == 1.0) return 0.0;
    if (x > 2.0) {
        double t = x * x;
        return log(2.0 * x - 1.0 / (x + sqrt(t - 1.0)));
    }
    double t = x - 1.0;
    return pyz_glibc_log1p(t + sqrt(2.0 * t + t * t));
}

double pyz_math_atanh(double x) {
    double ax = fabs(x), t;
    if (isnan(x)) return x;
    if (ax >= 1.0) return domain_error();   /* nan past 1, inf at 1: both CPython's domain error */
    if (ax < 0.5) {
        if (ax < 0x1p-28) return x;
        t = ax + ax;
        t = 0.5 * pyz_glibc_log1p(t + t * ax / (1.0 - ax));
    } else
        t = 0.5 * pyz_glibc_log1p((ax + ax) / (1.0 - ax));
    return copysign(t, x);
}

/* gamma and lgamma: CPython's own code (Modules/mathmodule.c), not libm's: the Lanczos
 * approximation with N = 13, g = 6.024680040776729583740234375 as a rational function, a
 * correction for the rounding of x + g - 0.5, the reflection formula below 0, exact values
 * at the integers 1..23.  Its exp, pow and sin/cos are glibc's: here glibc_math.c's exp and
 * pow, trig.c's sin/cos (correctly rounded, as glibc's nearly always
 * are: gamma of x < 0 differs from CPython's on ~0.06%) and libm's log. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* the denominator, x*(x+1)*...*(x+11), by its coefficients */
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};
static const double PI = 3.141592653589793238462643383279502884197;
static const double LOGPI = 1.144729885849400174143427351353058711647;

static double lanczos_sum(double x) {   /* x > 0; in 1/x past 5, where the powers would overflow */
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi*x) for finite x, by quadrant, so that it is exactly 0 at the integers */
static double sinpi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = pyz_trig_sin(PI * y); break;
    case 1: r = pyz_trig_cos(PI * (y - 0.5)); break;
    case 2: r = pyz_trig_sin(PI * (1.0 - y)); break;   /* not -sin(pi*(y-1)): +0.0 at y == 1 */
    case 3: r = -pyz_trig_cos(PI * (y - 1.5)); break;
    default: r = pyz_trig_sin(PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

double pyz_math_gamma(double x) {
    if (!isfinite(x)) return (isnan(x) || x > 0.0) ? x : domain_error();
    if (x == 0.0) return domain_error();             /* a pole: CPython's ValueError */
    if (x == floor(x)) {
        if (x < 0.0) return domain_error();
        if (x <= 23.0) {
            double f = 1.0;                           /* (x-1)! is exact in a double up to 22! */
            for (int i = 2; i < (int)x; i++) f *= i;
            return f;
        }
    }
    double ax = fabs(x), r;
    if (ax < 1e-20) {
        r = 1.0 / x;
        return isinf(r) ? range_error() : r;
    }
    if (ax > 200.0) return x < 0.0 ? 0.0 / sinpi(x) : range_error();
    double y = ax + lanczos_g_minus_half, z;
    if (ax > lanczos_g_minus_half) {                  /* the rounding error of y, exactly */
        double q = y - ax;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - ax;
    }
    z = z * lanczos_g / y;
    if (x < 0.0) {
        r = -PI / sinpi(ax) / ax * pyz_glibc_exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) r /= pyz_glibc_pow(y, ax - 0.5);
        else {
            double sqrtpow = pyz_glibc_pow(y, ax / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(ax) / pyz_glibc_exp(y);
        r += z * r;
        if (ax < 140.0) r *= pyz_glibc_pow(y, ax - 0.5);
        else {
            double sqrtpow = pyz_glibc_pow(y, ax / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    return isinf(r) ? range_error() : r;
}

double pyz_math_lgamma(double x) {
    if (!isfinite(x)) return isnan(x) ? x : INFINITY;
    if (x == floor(x) && x <= 2.0) return x <= 0.0 ? domain_error() : 0.0;
    double ax = fabs(x);
    if (ax < 1e-20) return -log(ax);
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
    if (x < 0.0) r = LOGPI - log(fabs(sinpi(ax))) - log(ax) - r;   /* the reflection formula */
    return isinf(r) ? range_error() : r;
}

/* remainder(x, y): x - n*y for the nearest integer n (even on a tie); exact. */
double pyz_math_remainder(double x, double y) {
    if (isnan(x)) return x;
    if (isnan(y)) return y;
    if (isinf(x) || y == 0.0) return domain_error();
    return isinf(y) ? x : remainder(x, y);
}

double pyz_math_nextafter(double x, double y) { return nextafter(x, y); }

double pyz_math_ulp(double x) {
    if (isnan(x)) return x;
    x = fabs(x);
    if (isinf(x)) return x;
    double up = nextafter(x, INFINITY);
    if (isinf(up)) return x - nextafter(x, -INFINITY);   /* the largest float */
    return up - x;
}

/* ldexp(x, i): i is an int word; past the C int range it under- or overflows as CPython says */
double pyz_math_ldexp(double x, int64_t i) {
    if (x == 0.0 || !isfinite(x)) return x;
    bool big = pyz_int_is_big(i);
    if ((big && pyz_int_long(i)->sign > 0) || (!big && i > INT32_MAX)) return range_error();
    if (big || i < INT32_MIN) return copysign(0.0, x);
    double r = ldexp(x, (int)i);
    return isinf(r) ? range_error() : r;
}

/* frexp(x) and modf(x) as two calls each (the builder makes the tuple); CPython's special cases */
double pyz_math_frexp_mantissa(double x) {
    if (isnan(x) || isinf(x) || x == 0.0) return x;
    int e;
    return frexp(x, &e);
}
int64_t pyz_math_frexp_exponent(double x) {
    if (isnan(x) || isinf(x) || x == 0.0) return 0;
    int e;
    frexp(x, &e);
    return e;
}
double pyz_math_modf_fraction(double x) {
    if (isinf(x)) return copysign(0.0, x);
    double ip;
    return isnan(x) ? x : modf(x, &ip);
}
double pyz_math_modf_integer(double x) {
    double ip;
    if (!isfinite(x)) return x;
    modf(x, &ip);
    return ip;
}

/* ---- math.dist(p, q): the coordinates of p, then q's subtracted from them one by one, then
 * CPython's vector_norm over |p[i] - q[i]|: scaled by a power of two, squared and summed
 * without loss (double-length products and sums), a square root and one correction. */
PyzDist *pyz_dist_new(void) {
    PyzDist *acc = pyz_gc_alloc(sizeof *acc);
    acc->cap = 8;
    acc->v = pyz_gc_alloc_atomic((size_t)acc->cap * sizeof(double));
    return acc;
}

void pyz_dist_add_p(PyzDist *acc, double x) {
    if (acc->n == acc->cap) {
        double *v = pyz_gc_alloc_atomic((size_t)acc->cap * 2 * sizeof(double));
        memcpy(v, acc->v, (size_t)acc->n * sizeof(double));
        acc->v = v;
        acc->cap *= 2;
    }
    acc->v[acc->n++] = x;
}

void pyz_dist_add_q(PyzDist *acc, double x) {
    if (acc->k < acc->n) acc->v[acc->k] = fabs(acc->v[acc->k] - x);
    acc->k++;
}

static void two_product(double a, double b, double *hi, double *lo) {   /* Dekker: a*b == hi + lo */
    const double split = 134217729.0;                                     /* 2**27 + 1 */
    double p = a * b;
    double ca = split * a, ah = ca - (ca - a), al = a - ah;
    double cb = split * b, bh = cb - (cb - b), bl = b - bh;
    *hi = p;
    *lo = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

static double vector_norm(int64_t n, double *v, double max, bool found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {   /* subnormal: 2**-max_e would overflow */
        for (int64_t i = 0; i < n; i++) v[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, v, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e), csum = 1.0, frac1 = 0.0, frac2 = 0.0, hi, lo;
    for (int64_t i = 0; i < n; i++) {
        double x = v[i] * scale;
        two_product(x, x, &hi, &lo);
        double s = csum + hi;
        frac2 += (csum - s) + hi;
        csum = s;
        frac1 += lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    two_product(-h, h, &hi, &lo);
    double s = csum + hi;
    frac2 += (csum - s) + hi;
    csum = s;
    frac1 += lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

double pyz_dist_result(PyzDist *acc) {
    if (acc->k != acc->n) {
        pyz_raise(PYZ_EXC_ValueError, "both points must have the same number of dimensions");
        return 0.0;
    }
    double max = 0.0;
    bool found_nan = false;
    for (int64_t i = 0; i < acc->n; i++) {
        found_nan |= isnan(acc->v[i]);
        if (acc->v[i] > max) max = acc->v[i];
    }
    return vector_norm(acc->n, acc->v, max, found_nan);
}
