"""Lowering of files and the command line: free functions of the ir.build.BuilderHost.

Every operation is a call into runtime_c/file.c (pyz_file_*, pyz_sys_std*); the
types were settled by types/files.py.  open(), input(), the file methods and
os.path are declared in primitives/ (file_ops.py, module_ops.py).
`for line in f` is a cursor whose test reads the next line (NULL at end of
file), so a file is streamed line by line.  print(..., file=f) converts
each value to its str and writes the pieces to the file in order (to an
object of the program, io.StringIO's included, through its write method); plain
print() keeps its direct path into print.c's stdout buffer.  `with open()`
never reaches here: the front end made it an assignment and a try/finally.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from ..primitives.file_ops import FILE_CLOSED, FILE_FLUSH, FILE_NAME, FILE_NEXT_LINE, FILE_WRITE, SYS_FILES
from ..types.model import BOOL, FILE, NONE, STR, ClassT, ListT, OptT, TupleT
from .cursor import Cursor
from .ops import Assign, Branch, CallRuntime, Const, Value, list_fn

if TYPE_CHECKING:
    from .build_host import BuilderHost


def sys_file(b: BuilderHost, name: str) -> Value:
    return b.call_primitive(SYS_FILES[name], [])


def file_attribute(b: BuilderHost, node: ast.Attribute) -> Value:
    f = b.expr(node.value)
    return b.call_primitive(FILE_NAME if node.attr == "name" else FILE_CLOSED, [f])


def print_to_file(b: BuilderHost, node: ast.Call) -> Value:
    """print(..., file=f, flush=b): the values' str, then sep/end, written in CPython's order
    (arguments first, then keywords as written)."""
    strs = [] if any(isinstance(a, ast.Starred) for a in node.args) else [b.to_str(b.expr(a)) for a in node.args]
    if any(isinstance(a, ast.Starred) for a in node.args):  # print(*items, file=f): the strs gathered in a list
        strs_list = b.new_list(ListT(STR))
        b.mb.use_list(ListT(STR))

        def gather(v: Value) -> None:
            b.rt(list_fn(ListT(STR), "append"), [strs_list, b.to_str(v)], None)

        for a in node.args:
            if isinstance(a, ast.Starred):
                t = b.type_of(a)
                if isinstance(t, TupleT):
                    tup = b.expr(a.value)
                    for i in range(len(t.elems)):
                        gather(b.tuple_get(tup, i))
                else:
                    b.over_items(a.value, gather)
            else:
                gather(b.expr(a))
    kw_values = {kw.arg: b.expr(kw.value) for kw in node.keywords}
    sep = kw_values.get("sep", Const(" ", STR))
    end = kw_values.get("end", Const("\n", STR))
    f = kw_values.get("file") or sys_file(b, "stdout")
    if f.type == NONE:  # print(file=None): sys.stdout
        f = sys_file(b, "stdout")
    elif isinstance(f.type, OptT):  # a file or None
        f = b.opt_case(f, f.type.inner, lambda: sys_file(b, "stdout"), lambda x: x)
    to = f.type
    # an object with a write() method (io.StringIO): CPython calls it; where the object may be None,
    # print(file=None) writes to sys.stdout, as CPython's does
    stdout = sys_file(b, "stdout") if isinstance(to, ClassT) and b.may_be_none(f) else None

    def file_write(piece: Value) -> None:
        if not isinstance(to, ClassT):
            b.call_primitive(FILE_WRITE, [f, piece])
        elif stdout is None:
            b.dunder(to, "write", [f, piece])
        else:
            none, some, done = b.new_block(), b.new_block(), b.new_block()
            b.emit(Branch(b.prim("obj_is_none", [f], BOOL), none, some, b.line))
            b.set_block(none)
            b.call_primitive(FILE_WRITE, [stdout, piece])
            b.goto(done)
            b.set_block(some)
            b.dunder(to, "write", [f, piece])
            b.goto(done)
            b.set_block(done)
    if any(isinstance(a, ast.Starred) for a in node.args):
        started = b.temp(BOOL)
        b.emit(Assign(started, Const(False, BOOL), b.line))

        def write(s: Value) -> None:
            yes, after = b.new_block(), b.new_block()
            b.emit(Branch(started, yes, after, b.line))
            b.set_block(yes)
            file_write(sep)
            b.goto(after)
            b.set_block(after)
            b.emit(Assign(started, Const(True, BOOL), b.line))
            file_write(s)

        b.run_cursor(b.list_cursor(strs_list), write)
    for i, s in enumerate(strs):
        if i:
            file_write(sep)
        file_write(s)
    file_write(end)
    if "flush" in kw_values:
        flush = b.truth(kw_values["flush"])
        yes, done = b.new_block(), b.new_block()
        b.emit(Branch(flush, yes, done, b.line))
        b.set_block(yes)
        if not isinstance(to, ClassT):
            b.call_primitive(FILE_FLUSH, [f])
        elif stdout is None:
            b.dunder(to, "flush", [f])
        else:
            none, some, flushed = b.new_block(), b.new_block(), b.new_block()
            b.emit(Branch(b.prim("obj_is_none", [f], BOOL), none, some, b.line))
            b.set_block(none)
            b.call_primitive(FILE_FLUSH, [stdout])
            b.goto(flushed)
            b.set_block(some)
            b.dunder(to, "flush", [f])
            b.goto(flushed)
            b.set_block(flushed)
        b.goto(done)
        b.set_block(done)
    return Const(None, NONE)


def file_cursor(b: BuilderHost, f: Value) -> Cursor:
    """`for line in f`: each test reads the next line; NULL ends the loop."""
    line = b.temp(STR)
    seq = b.temp(FILE)

    def init():
        b.emit(Assign(seq, f, b.line))

    def more():
        b.emit(CallRuntime(line, FILE_NEXT_LINE.c, [seq], b.line, FILE_NEXT_LINE.raises is True))
        return b.prim("obj_truth", [line], BOOL)

    return Cursor(init, more, lambda: line)
