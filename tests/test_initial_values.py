"""codegen/initial_values.py: a temporary written on every path before each read is declared without
a value (so that clang's SROA promotes it at its one store); one read where a path may not have
written it keeps its zero."""

from pyzc.codegen.emit import PRIM_SPELLINGS
from pyzc.codegen.initial_values import written_before_read
from pyzc.driver import compile_to_c, lower_program
from pyzc.ir.ops import is_temp

PROGRAM = '''
def inc(a):
    return a * 2 + 1


def best(xs):
    return max(xs, key=lambda v: -v)


print(inc(3), best([3, 1, 2]))
'''


def temps_and_safe(tmp_path, name):
    src = tmp_path / "app.py"
    src.write_text(PROGRAM)
    fn = next(f for f in lower_program(str(src)).ir.functions if f.name == name)
    temps = {id(r) for r in fn.regs if is_temp(r.name) and not r.is_global}
    return temps, written_before_read(fn, PRIM_SPELLINGS)


def test_straight_line_temporaries_get_no_initial_value(tmp_path):
    temps, safe = temps_and_safe(tmp_path, "inc")
    assert temps and safe == temps


def test_a_temporary_written_under_a_condition_keeps_its_zero(tmp_path):
    # max() with key= writes the best key only once an item was seen, and reads it under the test
    # it made: not written on every path, so it stays zeroed
    temps, safe = temps_and_safe(tmp_path, "best")
    assert safe < temps


def test_the_c_declares_them_so(tmp_path):
    src = tmp_path / "app.py"
    src.write_text(PROGRAM)
    c = compile_to_c(str(src))
    inc = c[c.index("static int64_t f_inc(int64_t v_a) {"):]
    decls = inc[:inc.index("#line")]
    assert "int64_t t1;" in decls and "= 0;" not in decls
