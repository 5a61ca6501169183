/* num.c - numbers of several types: a PyzNum is an int, a float or a bool, with a tag.
 *
 * Invariants: every function gives the result and the result type CPython gives for the
 * operands' current types, or raises CPython's exception with its message.  An operation
 * with a float operand is done in double (the int converted, correctly rounded, as CPython
 * converts it); one on ints and bools is done in int64_t with the overflow checks of
 * arith.c.  A bool operand counts as the int 0 or 1, except where CPython keeps a bool
 * (True & False is False).  Comparisons are exact between ints and floats.
 */
#include "pyz.h"
#include <math.h>

static const char *const num_names[] = {"int", "float", "bool"};
static const char *const op_symbols[] = {"+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^"};

static void unsupported(PyzNum a, PyzNum b, int32_t op) {
    PyzStrBuilder sb;
    pyz_sb_init(&sb);
    pyz_sb_add_cstr(&sb, "unsupported operand type(s) for ");
    pyz_sb_add_cstr(&sb, op_symbols[op]);
    pyz_sb_add_cstr(&sb, ": '");
    pyz_sb_add_cstr(&sb, num_names[a.tag]);
    pyz_sb_add_cstr(&sb, "' and '");
    pyz_sb_add_cstr(&sb, num_names[b.tag]);
    pyz_sb_add_cstr(&sb, "'");
    pyz_raise_str(PYZ_EXC_TypeError, pyz_sb_finish(&sb));
}

static PyzNum float_binop(double x, double y, int32_t op) {
    switch (op) {
    case PYZ_NUM_ADD: return pyz_num_float(x + y);
    case PYZ_NUM_SUB: return pyz_num_float(x - y);
    case PYZ_NUM_MUL: return pyz_num_float(x * y);
    case PYZ_NUM_FLOORDIV: return pyz_num_float(pyz_float_floordiv(x, y));
    case PYZ_NUM_MOD: return pyz_num_float(pyz_float_mod(x, y));
    default: return pyz_num_float(pyz_float_pow(x, y));
    }
}

PyzNum pyz_num_binop_slow(PyzNum a, PyzNum b, int32_t op) {
    if (a.tag == PYZ_NUM_FLOAT || b.tag == PYZ_NUM_FLOAT) {
        if (op >= PYZ_NUM_LSHIFT) {
            unsupported(a, b, op);
            return pyz_num_int(0);
        }
        return float_binop(pyz_num_as_float(a), pyz_num_as_float(b), op);
    }
    int64_t x = a.v.i, y = b.v.i, r = 0;
    bool both_bool = a.tag == PYZ_NUM_BOOL && b.tag == PYZ_NUM_BOOL;
    switch (op) {
    case PYZ_NUM_ADD: return pyz_num_int(pyz_int_add(x, y));
    case PYZ_NUM_SUB: return pyz_num_int(pyz_int_sub(x, y));
    case PYZ_NUM_MUL:
        if (PYZ_UNLIKELY(__builtin_mul_overflow(x, y, &r) | (r < PYZ_SMALL_MIN) | !pyz_int_small2(x, y)))
            r = pyz_int_mul_slow(x, y);
        return pyz_num_int(r);
    case PYZ_NUM_FLOORDIV: return pyz_num_int(pyz_int_floordiv(x, y));
    case PYZ_NUM_MOD: return pyz_num_int(pyz_int_mod(x, y));
    case PYZ_NUM_POW:
        if (pyz_int_lt(y, 0)) return pyz_num_float(pyz_float_pow(pyz_int_as_double(x), pyz_int_as_double(y)));  /* 2 ** -1 == 0.5 */
        return pyz_num_int(pyz_int_pow(x, y));
    case PYZ_NUM_LSHIFT: return pyz_num_int(pyz_int_lshift(x, y));
    case PYZ_NUM_RSHIFT: return pyz_num_int(pyz_int_rshift(x, y));
    case PYZ_NUM_AND: return both_bool ? pyz_num_bool(x & y) : pyz_num_int(pyz_int_and(x, y));
    case PYZ_NUM_OR: return both_bool ? pyz_num_bool(x | y) : pyz_num_int(pyz_int_or(x, y));
    default: return both_bool ? pyz_num_bool(x ^ y) : pyz_num_int(pyz_int_xor(x, y));
    }
}

double pyz_num_truediv(PyzNum a, PyzNum b) {
    if (a.tag == PYZ_NUM_FLOAT || b.tag == PYZ_NUM_FLOAT)
        return pyz_float_div(pyz_num_as_float(a), pyz_num_as_float(b));
    return pyz_int_truediv(a.v.i, b.v.i);
}

PyzNum pyz_num_neg(PyzNum a) {
    if (a.tag == PYZ_NUM_FLOAT) return pyz_num_float(-a.v.f);
    return pyz_num_int(pyz_int_sub(0, a.v.i));
}

PyzNum pyz_num_pos(PyzNum a) {
    return a.tag == PYZ_NUM_BOOL ? pyz_num_int(a.v.i) : a;
}

PyzNum pyz_num_abs(PyzNum a) {
    if (a.tag == PYZ_NUM_FLOAT) return pyz_num_float(fabs(a.v.f));
    return pyz_num_int(pyz_int_abs(a.v.i));
}

PyzNum pyz_num_invert(PyzNum a) {
    if (a.tag == PYZ_NUM_FLOAT) {
        pyz_raise(PYZ_EXC_TypeError, "bad operand type for unary ~: 'float'");
        return pyz_num_int(0);
    }
    return pyz_num_int(pyz_int_invert(a.v.i));
}

int32_t pyz_num_cmp_slow(PyzNum a, PyzNum b) {
    if (a.tag != PYZ_NUM_FLOAT && b.tag != PYZ_NUM_FLOAT)
        return (int32_t[]){1, 2, 4}[pyz_int_cmp3(a.v.i, b.v.i) + 1];
    if (a.tag == PYZ_NUM_FLOAT && b.tag == PYZ_NUM_FLOAT) {
        double x = a.v.f, y = b.v.f;
        return x < y ? 1 : (x > y ? 4 : (x == y ? 2 : 0));
    }
    if (a.tag == PYZ_NUM_FLOAT) return pyz_float_int_cmp(a.v.f, b.v.i);
    int32_t c = pyz_float_int_cmp(b.v.f, a.v.i);  /* b against a: swap the answer */
    return c == 1 ? 4 : (c == 4 ? 1 : c);
}

int64_t pyz_num_hash(PyzNum a) {
    return a.tag == PYZ_NUM_FLOAT ? pyz_pyhash_float(a.v.f) : pyz_pyhash_int(a.v.i);
}

PyzStr *pyz_num_to_str(PyzNum a) {
    switch (a.tag) {
    case PYZ_NUM_FLOAT: return pyz_float_to_str(a.v.f);
    case PYZ_NUM_BOOL: return pyz_bool_to_str(a.v.i != 0);
    default: return pyz_int_to_str(a.v.i);
    }
}

int64_t pyz_num_as_index(PyzNum a) {
    if (a.tag == PYZ_NUM_FLOAT) {
        pyz_raise(PYZ_EXC_TypeError, "'float' object cannot be interpreted as an integer");
        return 0;
    }
    return a.v.i;
}

/* xs[a] for a number of several types: CPython's TypeError when it holds a float (kind: 0 a list,
 * 1 a tuple, 2 a str). */
int64_t pyz_num_as_subscript(PyzNum a, int64_t kind) {
    if (a.tag == PYZ_NUM_FLOAT) {
        pyz_raise(PYZ_EXC_TypeError, kind == 2 ? "string indices must be integers, not 'float'"
                  : kind == 1 ? "tuple indices must be integers or slices, not float"
                  : "list indices must be integers or slices, not float");
        return 0;
    }
    return a.v.i;
}

int64_t pyz_num_to_int(PyzNum a) {
    return a.tag == PYZ_NUM_FLOAT ? pyz_float_to_int(a.v.f) : a.v.i;
}

int64_t pyz_num_round(PyzNum a) {
    return a.tag == PYZ_NUM_FLOAT ? pyz_float_round(a.v.f) : a.v.i;
}

int64_t pyz_num_rounded(PyzNum a, int32_t how) {
    if (a.tag != PYZ_NUM_FLOAT) return a.v.i;
    return how == 0 ? pyz_math_floor(a.v.f) : how == 1 ? pyz_math_ceil(a.v.f) : pyz_math_trunc(a.v.f);
}

PyzStr *pyz_num_type_name(PyzNum a) {
    return pyz_str_from_cstr(num_names[a.tag]);
}

int64_t pyz_num_percent_int(PyzNum a, int32_t conv) {
    if (a.tag == PYZ_NUM_FLOAT) {
        if (conv == 'c') pyz_raise(PYZ_EXC_TypeError, "%c requires int or char");
        else {
            char msg[] = "%? format: an integer is required, not float";
            msg[1] = (char)conv;
            pyz_raise(PYZ_EXC_TypeError, msg);
        }
        return 0;
    }
    return a.v.i;
}

PyzStr *pyz_num_format(PyzNum a, PyzStr *spec) {
    if (a.tag == PYZ_NUM_FLOAT) return pyz_float_format(a.v.f, spec);
    if (a.tag == PYZ_NUM_BOOL && spec->len == 0) return pyz_bool_to_str(a.v.i != 0);
    return pyz_int_format(a.v.i, spec);
}
