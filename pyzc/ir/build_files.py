"""Lowering of files and the command line (mixed into ir.build.FunctionBuilder).

Every operation is a call into runtime_c/file.c (pyz_file_*, pyz_sys_std*,
pyz_input, pyz_os_path_*); the types were settled by types/files.py.
`for line in f` is a cursor whose test reads the next line (NULL at end of
file), so a file is streamed line by line.  print(..., file=f) converts
each value to its str and writes the pieces to the file in order; plain
print() keeps its direct path into print.c's stdout buffer.  `with open()`
never reaches here: the front end made it an assignment and a try/finally.
"""

from __future__ import annotations

import ast

from ..types.files import open_mode
from ..types.model import BOOL, FILE, INT, NONE, STR, ListT
from .ops import Assign, Branch, CallRuntime, Const, Value


class FileLowering:
    def builtin_open(self, node: ast.Call) -> Value:
        kws = {kw.arg: kw.value for kw in node.keywords}
        path = self.expr(node.args[0] if node.args else kws["file"])
        mode = ord(open_mode(node))
        return self.rt("pyz_file_open", [path, Const(mode, INT)], FILE, raises=True)

    def builtin_input(self, node: ast.Call) -> Value:
        prompt = self.expr(node.args[0]) if node.args else Const(None, STR)
        return self.rt("pyz_input", [prompt], STR, raises=True)

    def sys_file(self, name: str) -> Value:
        return self.rt(f"pyz_sys_{name}", [], FILE)

    def file_attribute(self, node: ast.Attribute) -> Value:
        f = self.expr(node.value)
        if node.attr == "name":
            return self.rt("pyz_file_name", [f], STR)
        return self.rt("pyz_file_closed", [f], BOOL)

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
                self.rt("pyz_file_write", [f, sep], INT, raises=True)
            self.rt("pyz_file_write", [f, s], INT, raises=True)
        self.rt("pyz_file_write", [f, end], INT, raises=True)
        if "flush" in kw_values:
            flush = self.truth(kw_values["flush"])
            yes, done = self.new_block(), self.new_block()
            self.emit(Branch(flush, yes, done, self.line))
            self.set_block(yes)
            self.rt("pyz_file_flush", [f], None, raises=True)
            self.goto(done)
            self.set_block(done)
        return Const(None, NONE)

    def file_method(self, node: ast.Call, f: Value, name: str) -> Value:
        if name == "write":
            return self.rt("pyz_file_write", [f, self.expr(node.args[0])], INT, raises=True)
        if name == "readlines":
            self.mb.use_list(ListT(STR))
            return self.rt("pyz_file_readlines", [f], ListT(STR), raises=True)
        if name in ("read", "readline"):
            return self.rt(f"pyz_file_{name}", [f], STR, raises=True)
        self.rt(f"pyz_file_{name}", [f], None, raises=name == "flush" or name == "close")
        return Const(None, NONE)

    def os_path_call(self, node: ast.Call, name: str) -> Value:
        args = [self.expr(a) for a in node.args]
        if name == "join":
            out = args[0]
            for a in args[1:]:
                out = self.rt("pyz_os_path_join", [out, a], STR)
            return out
        t = {"exists": BOOL, "isfile": BOOL, "isdir": BOOL, "getsize": INT}.get(name, STR)
        return self.rt(f"pyz_os_path_{name}", args, t, raises=name == "getsize")

    def file_cursor(self, f: Value):
        """`for line in f`: each test reads the next line; NULL ends the loop."""
        from .build import Cursor
        line = self.temp(STR)
        seq = self.temp(FILE)

        def init():
            self.emit(Assign(seq, f, self.line))

        def more():
            self.emit(CallRuntime(line, "pyz_file_next_line", [seq], self.line, True))
            return self.prim("obj_truth", [line], BOOL)

        return Cursor(init, more, lambda: line)
