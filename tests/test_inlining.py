"""codegen/inlining.py: functions that run at most once per call, when one function calls many of
them, are marked noinline, so that a module body calling thousands of functions once each does not
become one huge C function."""

from pyzc.codegen.inlining import MANY_ONCE, noinline_functions, run_once_functions, stack_clearing_functions
from pyzc.driver import compile_to_c, lower_program

PROGRAM = '''
def helper():
    return 1


def in_loop(x):
    return x + 1


def rec(n):
    return rec(n - 1) if n else 0


def twice():
    return 2


def main():
    t = helper()
    for i in range(3):
        t += in_loop(i)
    return t


print(main(), twice(), twice(), rec(3))
while len(str(twice())) > 5:
    pass
'''


def test_functions_that_run_once_per_call(tmp_path):
    src = tmp_path / "app.py"
    src.write_text(PROGRAM.replace("while len(str(twice())) > 5:\n    pass\n", ""))
    once = run_once_functions(lower_program(str(src)).ir)
    # main and helper: called outside loops of functions that run once; twice: two such calls;
    # in_loop is called in a loop, rec calls itself
    assert once == {"main", "helper", "twice"}


def test_a_call_in_a_loop_of_the_module_body_disqualifies(tmp_path):
    src = tmp_path / "app.py"
    src.write_text(PROGRAM)
    assert run_once_functions(lower_program(str(src)).ir) == {"main", "helper"}


def test_only_many_run_once_callees_are_marked(tmp_path):
    """A few functions run once stay inlinable (inlining may still speed them up); a function calling
    more than MANY_ONCE of them, as a generated program of thousands of functions does, gets them
    all marked noinline."""
    src = tmp_path / "app.py"
    src.write_text(PROGRAM)
    assert noinline_functions(lower_program(str(src)).ir) == set()
    n = MANY_ONCE + 1
    src.write_text("".join(f"def f{i}(x):\n    return x + {i}\n\n\n" for i in range(n))
                   + "t = 0\n" + "".join(f"t += f{i}(t)\n" for i in range(n)) + "print(t)\n")
    assert noinline_functions(lower_program(str(src)).ir) == {f"f{i}" for i in range(n)}
    c = compile_to_c(str(src))
    assert "__attribute__((noinline)) static int64_t f_f0(int64_t v_x)" in c
    assert "__attribute__((noinline)) static int64_t f_main" not in c


def test_run_once_builders_are_not_inlined_and_their_stack_is_cleared(tmp_path):
    """A run-once function that builds a heap value in a loop is noinline and each call of it is
    followed by pyz_gc_clear_stack (its dead frame must not keep what it built, runtime_c/gc.c);
    one that returns a number, one without a loop and one called in a loop stay as they were."""
    src = tmp_path / "app.py"
    src.write_text('''
def build(n):
    parts = []
    for i in range(n):
        parts.append(str(i))
    return "".join(parts)


def total(n):
    t = 0
    for i in range(n):
        t += i
    return t


def plain():
    return "x" * 3


def looped(n):
    out = []
    for i in range(n):
        out.append(i)
    return out


def main():
    s = build(10)
    for k in range(2):
        print(len(looped(k)))
    print(s, total(5), plain())


main()
''')
    assert stack_clearing_functions(lower_program(str(src)).ir) == {"build"}
    c = compile_to_c(str(src))
    assert "__attribute__((noinline)) static PyzStr * f_build(int64_t v_n)" in c
    assert c.count("pyz_gc_clear_stack();") == 1
    assert "__attribute__((noinline)) static int64_t f_total" not in c
