"""One exception table: pyzc/exceptions.py, from which pyz.h's kinds are written and the front end reads.

Before, the kinds were listed three times (the pyz.h enum, exc.c's names and
bases, frontend/check.py's names and bases) and disagreed: BaseException was
Exception, IOError's base was Exception rather than IOError being OSError,
UnicodeError and ConnectionError (the bases the C comments named) were in no
table.  Now the C is generated from the table and checked here, and the table
is checked against CPython itself.
"""

from __future__ import annotations

import builtins
import importlib
import io
import os
import re

from pyzc import exceptions
from pyzc.codegen.runtime_table import preprocess_header
from pyzc.frontend.check import EXCEPTION_CLASSES
from pyzc.ir.check import check_module
from pyzc.ir.ops import Const, Raise
from pyzc.types.model import EXC_KIND
from pyzc.driver import codegen_knows, lower_program
from pyzc.toolchain import zig_command
from conftest import ROOT

RUNTIME = os.path.join(ROOT, "pyzc", "runtime_c")


def test_pyz_h_section_is_written_from_the_table():
    with open(exceptions.HEADER, encoding="utf-8") as f:
        text = f.read()
    assert exceptions.header_with_section(text) == text, "pyz.h is stale: run python -m pyzc.exceptions"
    assert exceptions.main(["--check"]) == 0


def test_the_c_enum_is_the_tables_order():
    """The enum as the C compiler sees it (pyz.h preprocessed, the X-macro expanded)."""
    from pycparser import c_ast, c_parser
    ast = c_parser.CParser().parse(preprocess_header(exceptions.HEADER, zig_command() + ["cc"]), filename="pyz.h")
    enums = [n.type for n in ast.ext if isinstance(n, c_ast.Decl) and isinstance(n.type, c_ast.Enum)]
    kinds = next(e for e in enums if e.values and e.values.enumerators[0].name == "PYZ_EXC_NONE")
    names = [v.name for v in kinds.values.enumerators]
    assert names == ["PYZ_EXC_NONE"] + [f"PYZ_EXC_{e.name}" for e in exceptions.TABLE] + ["PYZ_EXC_COUNT"]


def test_exc_c_builds_its_tables_from_the_kinds_list():
    """No hand-written list of kinds is left in the runtime: exc.c's names and bases come from PYZ_EXC_KINDS,
    and every kind the runtime and templates name is one of the table's."""
    with open(os.path.join(RUNTIME, "exc.c"), encoding="utf-8") as f:
        exc_c = f.read()
    for table in ("exc_names", "exc_parent", "exc_parent2"):
        body = re.search(rf"{table}\[PYZ_EXC_COUNT\] = \{{(.*?)\n\}};", exc_c, re.S)
        assert body is not None and "PYZ_EXC_KINDS(" in body.group(1), table
        assert '"' not in body.group(1).replace('[PYZ_EXC_NONE] = ""', ""), f"{table} names a kind by hand"
    known = {e.name for e in exceptions.TABLE} | {"NONE", "COUNT", "KINDS", "ENUM"}
    sources = [os.path.join(RUNTIME, f) for f in os.listdir(RUNTIME) if f.endswith((".c", ".h"))]
    templates = os.path.join(ROOT, "pyzc", "templates")
    sources += [os.path.join(templates, f) for f in os.listdir(templates)]
    for path in sources:
        with open(path, encoding="utf-8") as f:
            used = set(re.findall(r"\bPYZ_EXC_(\w+)", f.read()))
        assert used <= known, (path, used - known)


def test_the_table_is_cpythons_hierarchy():
    for e in exceptions.TABLE:
        if e.module:  # a standard module's class (struct.error): its base is a builtin class
            cls = getattr(importlib.import_module(e.module), e.display.split(".")[-1])
            assert e.display == f"{e.module}.{cls.__name__}" and not e.builtin
        else:
            cls = getattr(builtins, e.name, None) if e.builtin else getattr(io, e.name)
            assert e.display == (e.name if e.builtin else f"io.{e.name}")
        assert isinstance(cls, type) and issubclass(cls, BaseException), e.name
        bases = [b.__name__ for b in cls.__bases__]
        assert bases == [b for b in (e.base, e.second_base) if b] or (e.base is None and bases == ["object"]), \
            (e.name, bases)
    for alias, name in exceptions.ALIASES.items():
        assert getattr(builtins, alias) is getattr(builtins, name)


def test_chain_and_subclass_agree_with_cpython():
    names = [e.name for e in exceptions.TABLE if e.builtin] + list(exceptions.ALIASES)
    for a in names:
        for b in names:
            assert exceptions.is_subclass(a, b) == issubclass(getattr(builtins, a), getattr(builtins, b)), (a, b)
    assert exceptions.is_subclass("UnsupportedOperation", "ValueError")
    assert exceptions.chain("IOError") == ["OSError", "Exception", "BaseException"]


def test_front_end_names_are_the_tables():
    assert set(EXCEPTION_CLASSES) == {e.name for e in exceptions.TABLE if e.builtin} | set(exceptions.ALIASES) \
        | set(exceptions.MODULE_MEMBERS)
    assert "UnsupportedOperation" not in EXCEPTION_CLASSES  # only io.UnsupportedOperation, raised by the runtime
    assert exceptions.MODULE_MEMBERS == {"struct.error": "StructError", "re.error": "ReError",  # names no Python source can spell
                                         "dataclasses.FrozenInstanceError": "FrozenInstanceError"}
    assert exceptions.chain("struct.error") == ["StructError", "Exception", "BaseException"]


def test_the_ir_checker_knows_the_kinds():
    m = lower_program("prog.py", text="try:\n    print(int('x'))\nexcept ValueError:\n    print('bad')\n",
                      check=False).ir
    assert check_module(m, codegen_knows()) == []
    main = m.functions[0]
    consts = [v for b in main.blocks for op in b.ops for v in op.uses()
              if isinstance(v, Const) and v.type == EXC_KIND]
    assert [c.value for c in consts] == ["ValueError"]
    consts[0].value = "ValueErr"
    main.blocks[0].ops.insert(0, Raise("NoSuchError", "x", 1))
    found = check_module(m, codegen_knows())
    assert any("exception class 'ValueErr' is neither a builtin kind" in e for e in found)
    assert any("raises 'NoSuchError', which is not a builtin exception kind" in e for e in found)
