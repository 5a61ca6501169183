"""types/nonneg_names.py: which variables only ever hold ints >= 0, so that `**` of them is an int
(and not a number of several types); and that inference uses it."""

import ast
import os

from pyzc.driver import lower_program
from pyzc.ir.ops import Function
from pyzc.types.nonneg_names import nonnegative_names
from pyzc.types.model import NUM

HERE = os.path.dirname(__file__)


def names(src: str, excluded=frozenset(), shadowed_range=False) -> set[str]:
    return set(nonnegative_names(ast.parse(src).body, set(excluded), shadowed_range))


def test_bindings_that_keep_a_variable_nonnegative():
    src = """
k = 17
m = k * 2 + len(s) // 3 % 4 ** 2
n = 0
n += 1
n *= k
t: int = 5
for i in range(10):
    pass
for j in range(k, 100, 3):
    pass
xs = [c for c in range(k + 1)]
b = True
"""
    got = names(src)
    assert {"k", "m", "n", "t", "i", "j", "b"} <= got
    assert any(v.startswith("c") for v in got)


def test_bindings_that_may_make_it_negative_or_unknown():
    src = """
a = 3
a -= 1
b = -1
c = 2
c = f()
d, e = 1, 2
for g in range(5, -5, -1):
    pass
for h in range(-3, 3):
    pass
for i in [1, 2]:
    pass
with open(p) as w:
    pass
if (z := 4):
    pass
y = 1
del y
import os as q
q = 1
u = 1.5
v = 2
v = v - 1
p2 = 1
"""
    got = names(src, excluded={"p2"})
    assert got.isdisjoint({"a", "b", "c", "d", "e", "g", "h", "i", "w", "z", "y", "q", "u", "v", "p2"}), got


def test_a_star_import_may_bind_anything():
    assert names("from consts import *\nk = 3\n") == set()


def test_a_cycle_of_copies_stays_and_one_bad_value_spreads():
    assert names("x = 1\ny = x\nx = y + 1\n") == {"x", "y"}
    assert names("x = 1\ny = x\nx = y - 1\n") == set()


def test_a_shadowed_range_proves_nothing():
    assert "i" not in names("for i in range(3):\n    pass\n", shadowed_range=True)


def fn(lowered, name: str) -> Function:
    return next(f for f in lowered.ir.functions if f.py_name == name)


def test_inference_makes_powers_of_such_variables_ints():
    """In the test program, `**` of variables that stay >= 0 gives ints; the others keep numbers of
    several types where the exponent may be negative."""
    lowered = lower_program(os.path.join(HERE, "programs", "numbers", "pow_of_variables_never_negative.py"))

    def has_num(name):
        return any(r.type == NUM for r in fn(lowered, name).regs)

    assert not has_num("table") and not has_num("steps") and not has_num("chained")
    assert has_num("stepped_down") and has_num("maybe_negative") and has_num("from_parameter") and has_num("unpacked")


def test_module_variables_count_unless_a_function_declares_them_global(tmp_path):
    src = "K = 17\nJ = 3\n\n\ndef f():\n    return 2**K + 2**J\n\n\ndef g():\n    global J\n    J = -1\n\n\nprint(f())\n"
    path = tmp_path / "app.py"
    path.write_text(src)
    lowered = lower_program(str(path))
    assert any(r.type == NUM for r in fn(lowered, "f").regs)  # 2**J
    path.write_text(src.replace("J = -1", "J = 1"))
    lowered = lower_program(str(path))
    assert any(r.type == NUM for r in fn(lowered, "f").regs)  # J is still stored by g: left out
    path.write_text(src.replace("2**K + 2**J", "2**K"))
    lowered = lower_program(str(path))
    assert not any(r.type == NUM for r in fn(lowered, "f").regs)
