"""The time, sys, os and os.path functions: one declaration each (runtime_c/time.c, strftime.c, rt.c, file.c, os.c).

time's clocks take no arguments; sleep() takes any real number.  sys.exit() is
a pair: `raise SystemExit(code)`, lowered by the builder's sys_exit.  The
os.path functions are written in Python in CPython, so their arity errors are
worded as a Python function's (PYFUNC) and their parameters may be named;
join() takes any number of parts, joined two at a time by pyz_os_path_join.
"""

from __future__ import annotations

import ast

from ..types.model import BOOL, BOTTOM, FLOAT, INT, NONE, STR, ClassT, DictT, ListT, SetT, TupleT
from ..frontend.symbols import MODULE_SEP
from .file_ops import fspath
from .registry import KWONLY, MANY, PYFUNC, module_function, param, runtime_helper, special

for _name in ("time", "perf_counter", "monotonic", "process_time"):
    module_function("time", _name, [], FLOAT, c=f"pyz_time_{_name}", raises=False)
for _name in ("time_ns", "perf_counter_ns", "monotonic_ns"):
    module_function("time", _name, [], INT, c=f"pyz_time_{_name}", raises=False)
module_function("time", "sleep", [param("seconds", FLOAT, message="'{t}' object cannot be interpreted as an integer or float")],
                NONE, c="pyz_time_sleep", raises=True, raises_what="ValueError: sleep length must be non-negative")

# ------------------------------------------------------------ sys
module_function("sys", "getrecursionlimit", [], INT, c="pyz_sys_getrecursionlimit", raises=False)
module_function("sys", "setrecursionlimit", [param("limit", INT, what="sys.setrecursionlimit() argument")], NONE,
                c="pyz_sys_setrecursionlimit", raises=True,
                raises_what="ValueError below 1 (the stack stays the real limit: rt.c)")
module_function("sys", "exit", [param("status", NONE, None)], NONE, c="", raises=False)  # raises SystemExit itself
EXIT_CODES = (INT, BOOL, STR, FLOAT, NONE, BOTTOM)


def exit_type(inf, node, recv, rt, forms):
    t = NONE
    if node.args:
        t = inf.expr(node.args[0])
        if t not in EXIT_CODES and not isinstance(t, (ListT, DictT, SetT, ClassT)) or isinstance(t, TupleT):
            raise inf.source.error(node.args[0], f"sys.exit() of a {t} is not supported yet (an int, str, float, None,"
                                                 " list, dict, set or object is; a tuple would be SystemExit's arguments)")
    inf.note_exit_code(t)  # e.code of the SystemExit it raises (types/exit_codes.py)
    return NONE


def exit_lower(b, node, recv, forms):
    return b.sys_exit(node)


special("sys", "exit", exit_type, exit_lower)

# the width argparse's help is laid out for (shutil.get_terminal_size(): $COLUMNS, the terminal, 80);
# pyzc's own, for pylib/argparse.py: a user program cannot reach it
TERMINAL_COLUMNS = runtime_helper("pyz_sys_terminal_columns", [], INT, raises=False)
COLUMNS_PRIVATE_TO = "argparse" + MODULE_SEP


def terminal_columns_type(inf, node, recv, rt, forms):
    if not inf.inst.func.name.startswith(COLUMNS_PRIVATE_TO):
        raise inf.source.error(node, "sys._terminal_columns() is not supported yet")
    inf.nargs(node, "sys._terminal_columns", 0, 0)
    return INT


def terminal_columns_lower(b, node, recv, forms):
    return b.call_primitive(TERMINAL_COLUMNS, [])


special("sys", "_terminal_columns", terminal_columns_type, terminal_columns_lower, checks_arguments=True)

# ------------------------------------------------------------ os.path (CPython's posixpath, written in Python)
for _name, _arg, _result, _raises in (("exists", "path", BOOL, False), ("isfile", "path", BOOL, False),
                                      ("isdir", "s", BOOL, False), ("getsize", "filename", INT, True),
                                      ("basename", "p", STR, False), ("dirname", "p", STR, False)):
    module_function("os.path", _name, [param(_arg, STR, keyword=True, what=f"os.path.{_name}() argument")], _result,
                    c=f"pyz_os_path_{_name}", raises=_raises, raises_what="OSError" if _raises else "", arity=PYFUNC)
JOIN_MAX = 64  # parts of one os.path.join() call
module_function("os.path", "join", [param("a", STR), param("p", STR)], STR, c="pyz_os_path_join", raises=True,
                raises_what="MemoryError", arity=PYFUNC, cpython_max=MANY)


JOIN_ALL = runtime_helper("pyz_os_path_join_all", [param("parts", ListT(STR))], STR, raises=True,
                          raises_what="TypeError: no parts")


def join_type(inf, node, recv, rt, forms):
    inf.no_keywords(node, "os.path.join")
    if len(node.args) == 1 and isinstance(node.args[0], ast.Starred):  # os.path.join(*parts) of a list of strs
        t = inf.expr(node.args[0].value)
        if isinstance(t, TupleT) and t.elems and all(e == STR for e in t.elems):
            return STR  # a tuple of known length (a function's *args): its items, as join(p0, p1...)
        if t != BOTTOM and not (isinstance(t, ListT) and t.elem in (STR, BOTTOM)):
            raise inf.source.error(node.args[0], f"os.path.join(*parts) of a {t} is not supported yet (of a list of strs is)")
        if isinstance(t, ListT) and t.elem == BOTTOM:  # a list never given an item: a list of strs
            inf.widen(node.args[0].value, type(t)(STR))
        return STR
    inf.nargs(node, "os.path.join", 1, JOIN_MAX)
    for a in list(node.args):
        inf.expect(fspath(inf, node, a), STR, "os.path.join() argument")
    return STR


def join_lower(b, node, recv, forms):
    if isinstance(node.args[0], ast.Starred):
        v = b.expr(node.args[0].value)
        if not isinstance(v.type, TupleT):
            return b.call_primitive(JOIN_ALL, [v])
        parts = [b.tuple_get(v, i) for i in range(len(v.type.elems))]
    else:
        parts = [b.expr(a) for a in node.args]
    out = parts[0]
    for p in parts[1:]:
        out = b.call_primitive(forms[0], [out, p])
    return out


special("os.path", "join", join_type, join_lower, checks_arguments=True)


for _name in ("getmtime", "getatime", "getctime"):
    module_function("os.path", _name, [param("filename", STR, keyword=True, what=f"os.path.{_name}() argument")],
                    FLOAT, c=f"pyz_os_path_{_name}", raises=True, raises_what="OSError, ValueError", arity=PYFUNC)
module_function("os.path", "islink", [param("path", STR, keyword=True, what="os.path.islink() argument")], BOOL,
                c="pyz_os_path_islink", raises=False, arity=PYFUNC)

# ------------------------------------------------------------ os (runtime_c/os.c; walk, makedirs, environ... are pylib/_os.py)
_OS_RAISES = "OSError and its subclasses (CPython's errno messages), ValueError: embedded null byte"
module_function("os", "getcwd", [], STR, c="pyz_os_getcwd", raises=True, raises_what="OSError")
module_function("os", "listdir", [param("path", STR, ".", keyword=True, none=True,
                                       message="listdir: path should be string, bytes, os.PathLike, integer or None, not {t}")],
                ListT(STR), c="pyz_os_listdir", raises=True, raises_what=_OS_RAISES)
def _path(name, what="path"):
    return param(what, STR, keyword=True, message=f"{name}: {what} should be string, bytes or os.PathLike, not {{t}}")


module_function("os", "mkdir", [_path("mkdir"), param("mode", INT, 0o777, keyword=True)], NONE,
                c="pyz_os_mkdir", raises=True, raises_what=_OS_RAISES, arity=KWONLY)
for _name in ("rmdir", "remove", "unlink"):
    module_function("os", _name, [_path(_name)], NONE, c=f"pyz_os_{'remove' if _name == 'unlink' else _name}",
                    raises=True, raises_what=_OS_RAISES, arity=KWONLY)
for _name in ("rename", "replace"):  # POSIX's rename replaces an existing file
    module_function("os", _name, [_path(_name, "src"), _path(_name, "dst")], NONE,
                    c="pyz_os_rename", raises=True, raises_what=_OS_RAISES, arity=KWONLY)
# pylib/_os.py's, which makes os.environ and os.stat_result of them
module_function("os", "_environ_list", [], ListT(STR), c="pyz_os_environ_list", raises=False)
module_function("os", "_stat", [param("path", STR), param("follow", BOOL)], NONE, c="pyz_os_stat", raises=True,
                raises_what=_OS_RAISES)
module_function("os", "_stat_field", [param("i", INT)], INT, c="pyz_os_stat_field", raises=False)
module_function("os", "_stat_time", [param("i", INT)], FLOAT, c="pyz_os_stat_time", raises=False)

# ------------------------------------------------------------ time's C half of localtime, gmtime, strftime (pylib/_time.py)
module_function("time", "_tm_now", [param("local", BOOL)], NONE, c="pyz_time_tm_now", raises=True,
                raises_what="OverflowError")
module_function("time", "_tm_at", [param("secs", FLOAT), param("local", BOOL)], NONE, c="pyz_time_tm_at", raises=True,
                raises_what="ValueError (NaN), OverflowError")
module_function("time", "_tm_field", [param("i", INT)], INT, c="pyz_time_tm_field", raises=False)
module_function("time", "_tm_zone", [], STR, c="pyz_time_tm_zone", raises=False)
module_function("time", "_strftime_tm", [param("format", STR)] + [param(n, INT) for n in (
    "year", "mon", "mday", "hour", "min", "sec", "wday", "yday", "isdst")] + [param("zone", STR), param("gmtoff", INT)],
    STR, c="pyz_time_strftime_tm", raises=True, raises_what="ValueError: embedded null character, OverflowError")
module_function("time", "_mktime_tm", [param(n, INT) for n in ("year", "mon", "mday", "hour", "min", "sec", "isdst")],
                FLOAT, c="pyz_time_mktime_tm", raises=True, raises_what="OverflowError")
