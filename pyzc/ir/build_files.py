"""Lowering of files and the command line (mixed into ir.build.FunctionBuilder).

Every operation is a call into runtime_c/file.c (pyz_file_*, pyz_sys_std*); the
types were settled by types/files.py.  open(), input(), the file methods and
os.path are declared in primitives/ (file_ops.py, module_ops.py).
`for line in f` is a cursor whose test reads the next line (NULL at end of
file), so a file is streamed line by line.  print(..., file=f) converts
each value to its str and writes the pieces to the file in order; plain
print() keeps its direct path into print.c's stdout buffer.  `with open()`
never reaches here: the front end made it an assignment and a try/finally.
"""

from __future__ import annotations

import ast

from ..primitives.file_ops import FILE_CLOSED, FILE_FLUSH, FILE_NAME, FILE_NEXT_LINE, FILE_WRITE, SYS_FILES
from ..types.model import BOOL, FILE, NONE, STR
from .ops import Assign, Branch, CallRuntime, Const, Value


class FileLowering:
    def sys_file(self, name: str) -> Value:
        return self.call_primitive(SYS_FILES[name], [])

    def file_attribute(self, node: ast.Attribute) -> Value:
        f = self.expr(node.value)
        return self.call_primitive(FILE_NAME if node.attr == "name" else FILE_CLOSED, [f])

    def print_to_file(self, node: ast.Call) -> Value:
        """print(..., file=f, flush=b): the values' str, then sep/end, written in CPython's order
        (arguments first, then keywords as written)."""
        strs = [self.to_str(self.expr(a)) for a in node.args]
        kw_values = {kw.arg: self.expr(kw.value) for kw in node.keywords}
        sep = kw_values.get("sep", Const(" ", STR))
        end = kw_values.get("end", Const("\n", STR))
        f = kw_values.get("file") or self.sys_file("stdout")
        for i, s in enumerate(strs):
            if i:
                self.call_primitive(FILE_WRITE, [f, sep])
            self.call_primitive(FILE_WRITE, [f, s])
        self.call_primitive(FILE_WRITE, [f, end])
        if "flush" in kw_values:
            flush = self.truth(kw_values["flush"])
            yes, done = self.new_block(), self.new_block()
            self.emit(Branch(flush, yes, done, self.line))
            self.set_block(yes)
            self.call_primitive(FILE_FLUSH, [f])
            self.goto(done)
            self.set_block(done)
        return Const(None, NONE)

    def file_cursor(self, f: Value):
        """`for line in f`: each test reads the next line; NULL ends the loop."""
        from .build import Cursor
        line = self.temp(STR)
        seq = self.temp(FILE)

        def init():
            self.emit(Assign(seq, f, self.line))

        def more():
            self.emit(CallRuntime(line, FILE_NEXT_LINE.c, [seq], self.line, FILE_NEXT_LINE.raises is True))
            return self.prim("obj_truth", [line], BOOL)

        return Cursor(init, more, lambda: line)
