"""The math module: one declaration per function, pairs where a table cannot say it.

Float functions take any real number (int, bool, float or a tagged number)
and call pyz_math_<name> on a double (runtime_c/math.c); floor/ceil/trunc of
an int are the int itself, of an object its __floor__/__ceil__/__trunc__; isnan/isinf/isfinite are C expressions; fsum, prod
and pyzc's own _exact_stat (pylib/statistics.py) fold over their iterable.
Raising, by the runtime's C: ValueError for a domain error, OverflowError for
a result out of range; tests/test_primitives.py checks each against the scan.
"""

from __future__ import annotations

import ast

from ..frontend.symbols import MODULE_SEP
from ..types.model import BOOL, BOTTOM, DIST, FLOAT, FSUM, INT, NONE, NUM, STATS, ClassT, ListT, TupleT
from .registry import MANY, REQUIRES, module_function, param, runtime_helper, select, special

REAL = "must be real number, not {t}"  # CPython's TypeError for a float parameter
NUMBERS = (INT, FLOAT, BOOL, NUM, BOTTOM)
PRIVATE_TO = "statistics" + MODULE_SEP  # _exact_stat is callable only from pylib/statistics.py (its functions' names)


def real(name: str = "x"):
    return param(name, FLOAT, message=REAL)


def integer(name: str, fn: str):
    return param(name, INT, what=f"math.{fn}() arguments")


_DOMAIN = "ValueError: math domain error"
_RANGE = "ValueError (domain), OverflowError (range)"
for _name, _raises in (("sqrt", True), ("sin", True), ("cos", True), ("tan", True), ("asin", True),
                       ("acos", True), ("atan", False), ("exp", True), ("log2", True), ("log10", True),
                       ("fabs", False), ("sinh", True), ("cosh", True), ("tanh", False), ("degrees", False),
                       ("radians", False), ("expm1", True), ("log1p", True), ("asinh", False),
                       ("acosh", True), ("atanh", True), ("cbrt", False), ("exp2", True), ("erf", False),
                       ("erfc", False), ("gamma", True), ("lgamma", True), ("ulp", False)):
    module_function("math", _name, [real()], FLOAT, c=f"pyz_math_{_name}", raises=_raises,
                    raises_what=_RANGE if _raises else "")
for _name, _raises in (("atan2", False), ("pow", True), ("fmod", True), ("copysign", False), ("remainder", True),
                       ("nextafter", False)):
    module_function("math", _name, [real(), real("y")], FLOAT, c=f"pyz_math_{_name}", raises=_raises,
                    raises_what=_RANGE if _raises else "")
module_function("math", "hypot", [real(), real("y")], FLOAT, c="pyz_math_hypot", raises=False,
                cpython_min=0, cpython_max=MANY)  # CPython: any number of coordinates
module_function("math", "ldexp", [real(), param("i", INT, message="Expected an int as second argument to ldexp.")],
                FLOAT, c="pyz_math_ldexp", raises=True, raises_what="OverflowError: math range error")
module_function("math", "log", [real()], FLOAT, c="pyz_math_log", raises=True, raises_what=_DOMAIN, arity=REQUIRES)
module_function("math", "log", [real(), real("base")], FLOAT, c="pyz_math_log_base", raises=True,
                raises_what=_DOMAIN + "; ZeroDivisionError (base 1)", arity=REQUIRES)
LOG_OF_INT = {name: runtime_helper(f"pyz_math_{name}_num", [param("x", NUM)], FLOAT, raises=True, raises_what=_DOMAIN)
              for name in ("log", "log2", "log10")}
LOG_BASE_OF_INT = runtime_helper("pyz_math_log_base_num", [param("x", NUM), param("base", NUM)], FLOAT, raises=True,
                                 raises_what=_DOMAIN + "; ZeroDivisionError (base 1)")


def log_lower(b, node, recv, forms):
    """log, log2, log10 of an int that may be past the float range: CPython takes its log without
    converting it to float (mathmodule.c loghelper), so such an argument goes to the runtime as it is."""
    if node.keywords or len(node.args) not in (1, 2) or (forms[0].name != "log" and len(node.args) != 1):
        return None  # the table's arity error
    args = [b.expr(a) for a in node.args]
    small = [isinstance(a, ast.Constant) and type(a.value) is int and abs(a.value) < 2 ** 1023 for a in node.args]
    if not any(v.type in (INT, NUM) and not k for v, k in zip(args, small)):
        return b.call_primitive(select(forms, len(args)), [b.as_float(v) for v in args])  # floats: float(x) is exact
    nums = [b.as_num(v) for v in args]
    if len(nums) == 2:
        return b.call_primitive(LOG_BASE_OF_INT, nums)
    return b.call_primitive(LOG_OF_INT[forms[0].name], nums)


for _name in ("log", "log2", "log10"):
    special("math", _name, None, log_lower)

for _name in ("floor", "ceil", "trunc"):
    module_function("math", _name, [real()], INT, c=f"pyz_math_{_name}", raises=True,
                    raises_what="ValueError (nan), OverflowError (inf, past int64)")
NUM_ROUNDED = runtime_helper("pyz_num_rounded", [param("x", NUM), param("how", INT)], INT, raises=True,
                             raises_what="as floor/ceil/trunc, or TypeError")
ROUNDINGS = ("floor", "ceil", "trunc")  # pyz_num_rounded's how


def rounding_type(inf, node, recv, rt, forms):
    """floor/ceil/trunc of an object call its __floor__/__ceil__/__trunc__ (pylib/fractions.py's Fraction)."""
    t = inf.expr(node.args[0])
    if isinstance(t, ClassT):
        r = inf.dunder(t, f"__{forms[0].name}__", ())
        if r is not None:
            return r
    return None  # the table's rule: a real number


def rounding_lower(b, node, recv, forms):
    """floor/ceil/trunc of an int is the int itself, exactly; of a tagged number, by its tag."""
    v = b.expr(node.args[0])
    if isinstance(v.type, ClassT):
        return b.dunder(v.type, f"__{forms[0].name}__", [v])
    if v.type == NUM:
        return b.call_primitive(NUM_ROUNDED, [v, b.const(ROUNDINGS.index(forms[0].name), INT)])
    if v.type != FLOAT:
        return b.as_int(v)
    return b.call_primitive(forms[0], [v])


for _name in ROUNDINGS:
    special("math", _name, rounding_type, rounding_lower)


def classify_lower(b, node, recv, forms):
    return b.prim(f"math_{forms[0].name}", [b.as_float(b.expr(node.args[0]))], BOOL)


for _name in ("isnan", "isinf", "isfinite"):  # C's isnan(): no runtime function
    module_function("math", _name, [real()], BOOL, c="", raises=False)
    special("math", _name, None, classify_lower)

module_function("math", "gcd", [integer("a", "gcd"), integer("b", "gcd")], INT, c="pyz_int_gcd", raises=False,
                cpython_min=0, cpython_max=MANY)
module_function("math", "lcm", [integer("a", "lcm"), integer("b", "lcm")], INT, c="pyz_math_lcm", raises=True,
                raises_what="OverflowError", cpython_min=0, cpython_max=MANY)
module_function("math", "factorial", [integer("n", "factorial")], INT, c="pyz_math_factorial", raises=True,
                raises_what="ValueError (negative), OverflowError")
module_function("math", "isqrt", [integer("n", "isqrt")], INT, c="pyz_math_isqrt", raises=True,
                raises_what="ValueError (negative)")
module_function("math", "comb", [integer("n", "comb"), integer("k", "comb")], INT, c="pyz_math_comb", raises=True,
                raises_what="ValueError (negative), OverflowError")
module_function("math", "perm", [integer("n", "perm"), integer("k", "perm")], INT, c="pyz_math_perm", raises=True,
                raises_what="ValueError (negative), OverflowError", cpython_min=1)


# ------------------------------------------------------------ isclose(a, b, *, rel_tol, abs_tol)
ISCLOSE = runtime_helper("pyz_math_isclose", [real("a"), real("b"), real("rel_tol"), real("abs_tol")], BOOL,
                         raises=True, raises_what="ValueError: tolerances must be non-negative")


def isclose_type(inf, node, recv, rt, forms):
    inf.nargs(node, "math.isclose", 2, 2)
    inf.no_keywords(node, "math.isclose", ("rel_tol", "abs_tol"))
    for arg in node.args + [kw.value for kw in node.keywords]:
        inf.expect(arg, FLOAT, "", REAL)
    return BOOL


def isclose_lower(b, node, recv, forms):
    args = [b.as_float(b.expr(a)) for a in node.args]
    kws = {kw.arg: b.as_float(b.expr(kw.value)) for kw in node.keywords}
    return b.call_primitive(ISCLOSE, args + [kws.get("rel_tol", b.const(1e-09, FLOAT)),
                                             kws.get("abs_tol", b.const(0.0, FLOAT))])


special("math", "isclose", isclose_type, isclose_lower, checks_arguments=True)


# ------------------------------------------------------------ fsum, prod: over an iterable of numbers
def numbers_elem(inf, node, name: str):
    elem = inf.iterable_elem(node.args[0])
    if elem not in (INT, FLOAT, BOOL, NUM, BOTTOM):
        raise inf.source.error(node.args[0], f"math.{name}() needs numbers, not {elem} items")
    return elem


def fsum_type(inf, node, recv, rt, forms):
    numbers_elem(inf, node, "fsum")
    return FLOAT


FSUM_NEW = runtime_helper("pyz_fsum_new", [], FSUM, raises=False)
FSUM_ADD = runtime_helper("pyz_fsum_add", [param("acc", FSUM), param("x", FLOAT)], NONE, raises=False)
FSUM_RESULT = runtime_helper("pyz_fsum_result", [param("acc", FSUM)], FLOAT, raises=True,
                             raises_what="OverflowError: intermediate overflow in fsum")


def fsum_lower(b, node, recv, forms):
    return b.exact_sum(node.args[0], FSUM_NEW, FSUM_ADD, FSUM_RESULT)


module_function("math", "fsum", [param("seq", ListT(FLOAT))], FLOAT, c="", raises=False)
special("math", "fsum", fsum_type, fsum_lower)


def prod_type(inf, node, recv, rt, forms):
    inf.nargs(node, "math.prod", 1, 1)
    inf.no_keywords(node, "math.prod")
    return FLOAT if numbers_elem(inf, node, "prod") == FLOAT else INT


def prod_lower(b, node, recv, forms):
    return b.product(node.args[0], b.type_of(node))


special("math", "prod", prod_type, prod_lower, checks_arguments=True)


# ------------------------------------------------------------ _exact_stat(data, kind): pylib/statistics.py's sums
STATS_NEW = runtime_helper("pyz_stats_new", [param("squares", BOOL)], STATS, raises=False)
STATS_ADD_FLOAT = runtime_helper("pyz_stats_add_float", [param("acc", STATS), param("x", FLOAT)], NONE, raises=False)
STATS_ADD_INT = runtime_helper("pyz_stats_add_int", [param("acc", STATS), param("x", INT)], NONE, raises=False)
STATS_ADD_NUM = runtime_helper("pyz_stats_add_num", [param("acc", STATS), param("x", NUM)], NONE, raises=False)
STATS_RESULT = runtime_helper("pyz_stats_result", [param("acc", STATS), param("kind", INT)], FLOAT, raises=True,
                              raises_what="OverflowError; AttributeError: stdev of inf/nan")


def exact_stat_type(inf, node, recv, rt, forms):
    if not inf.inst.func.name.startswith(PRIVATE_TO):  # pyzc's own: a user program cannot reach it
        raise inf.source.error(node, "math._exact_stat() is not supported yet")
    inf.nargs(node, "math._exact_stat", 2, 2)
    elem = inf.iterable_elem(node.args[0])
    if elem not in (INT, FLOAT, BOOL, NUM, BOTTOM):
        raise inf.source.error(node.args[0], f"math._exact_stat() needs numbers, not {elem} items")
    if not (isinstance(node.args[1], ast.Constant) and type(node.args[1].value) is int):
        raise inf.source.error(node.args[1], "math._exact_stat() takes a constant kind")
    return FLOAT


def exact_stat_lower(b, node, recv, forms):
    """mean ... pstdev, exactly (runtime_c/stats.c); kind is 0 mean, 1 variance, ... (PYZ_STATS_*)."""
    kind = node.args[1].value
    return b.exact_stats(node.args[0], kind, STATS_NEW, STATS_ADD_FLOAT, STATS_ADD_INT, STATS_ADD_NUM, STATS_RESULT)


special("math", "_exact_stat", exact_stat_type, exact_stat_lower, checks_arguments=True)


# ------------------------------------------------------------ frexp, modf: a tuple of two calls
FREXP_MANTISSA = runtime_helper("pyz_math_frexp_mantissa", [real()], FLOAT, raises=False)
FREXP_EXPONENT = runtime_helper("pyz_math_frexp_exponent", [real()], INT, raises=False)
MODF_FRACTION = runtime_helper("pyz_math_modf_fraction", [real()], FLOAT, raises=False)
MODF_INTEGER = runtime_helper("pyz_math_modf_integer", [real()], FLOAT, raises=False)
HALVES = {"frexp": (FREXP_MANTISSA, FREXP_EXPONENT), "modf": (MODF_FRACTION, MODF_INTEGER)}


def halves_type(inf, node, recv, rt, forms):
    inf.expect(node.args[0], FLOAT, "", REAL)
    return TupleT(tuple(h.result for h in HALVES[forms[0].name]))


def halves_lower(b, node, recv, forms):
    x = b.as_float(b.expr(node.args[0]))
    return b.make_tuple([b.call_primitive(h, [x]) for h in HALVES[forms[0].name]])


for _name in HALVES:
    module_function("math", _name, [real()], TupleT((FLOAT, FLOAT)), c="", raises=False)
    special("math", _name, halves_type, halves_lower)


# ------------------------------------------------------------ dist(p, q): two iterables of numbers
DIST_NEW = runtime_helper("pyz_dist_new", [], DIST, raises=False)
DIST_ADD_P = runtime_helper("pyz_dist_add_p", [param("acc", DIST), param("x", FLOAT)], NONE, raises=False)
DIST_ADD_Q = runtime_helper("pyz_dist_add_q", [param("acc", DIST), param("x", FLOAT)], NONE, raises=False)
DIST_RESULT = runtime_helper("pyz_dist_result", [param("acc", DIST)], FLOAT, raises=True,
                             raises_what="ValueError: both points must have the same number of dimensions")


def dist_type(inf, node, recv, rt, forms):
    for arg in node.args:
        elem = inf.iterable_elem(arg)
        if elem not in NUMBERS:
            raise inf.source.error(arg, f"math.dist() needs numbers, not {elem} items")
    return FLOAT


def dist_lower(b, node, recv, forms):
    acc = b.call_primitive(DIST_NEW, [])
    for arg, add in zip(node.args, (DIST_ADD_P, DIST_ADD_Q)):
        b.over_items(arg, lambda v, add=add: b.call_primitive(add, [acc, b.as_float(v)]))
    return b.call_primitive(DIST_RESULT, [acc])


module_function("math", "dist", [param("p", ListT(FLOAT)), param("q", ListT(FLOAT))], FLOAT, c="", raises=False)
special("math", "dist", dist_type, dist_lower)
