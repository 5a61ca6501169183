/* math.c - the math module on doubles.
 *
 * Invariants: results are libm's (CPython also calls libm); domain errors
 * raise ValueError("math domain error") and overflow raises
 * OverflowError("math range error"), as CPython's math module does.
 */
#include "pyz.h"
#include <math.h>

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
double pyz_math_exp(double x) { return checked(exp(x), x); }
double pyz_math_log(double x) { return x <= 0 ? domain_error() : log(x); }
double pyz_math_log2(double x) { return x <= 0 ? domain_error() : log2(x); }
double pyz_math_log10(double x) { return x <= 0 ? domain_error() : log10(x); }
double pyz_math_log_base(double x, double base) {
    if (x <= 0 || base <= 0) return domain_error();
    double d = log(base);
    if (d == 0.0) {
        pyz_raise(PYZ_EXC_ZeroDivisionError, "float division by zero");
        return 0.0;
    }
    return log(x) / d;
}
double pyz_math_sin(double x) { return isinf(x) ? domain_error() : sin(x); }
double pyz_math_cos(double x) { return isinf(x) ? domain_error() : cos(x); }
double pyz_math_tan(double x) { return isinf(x) ? domain_error() : tan(x); }
double pyz_math_asin(double x) { return (x < -1 || x > 1) ? domain_error() : asin(x); }
double pyz_math_acos(double x) { return (x < -1 || x > 1) ? domain_error() : acos(x); }
double pyz_math_atan(double x) { return atan(x); }
double pyz_math_atan2(double y, double x) { return atan2(y, x); }
double pyz_math_sinh(double x) { return checked(sinh(x), x); }
double pyz_math_cosh(double x) { return checked(cosh(x), x); }
double pyz_math_tanh(double x) { return tanh(x); }
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
