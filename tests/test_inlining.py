"""codegen/inlining.py: functions that run at most once per call, when one function calls many of
them, are marked noinline, so that a module body calling thousands of functions once each does not
become one huge C function."""

from pyzc.codegen.inlining import MANY_ONCE, noinline_functions, run_once_functions
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
