"""`with open(...) as f:` becomes `f = open(...)` and `try: ... finally: f.close()`.

That is exactly what CPython does for a file object (its __enter__ returns
the file, its __exit__ closes it and lets the exception through), so the
rest of the compiler sees only an assignment and a try/finally, which it
already lowers (the finally runs on return, break, continue and
exceptions).  Only `with open(...) as NAME` is accepted, possibly with
several such items; any other context manager is refused, since pyzc has
no __enter__/__exit__ protocol yet.  Runs after the subset check (which saw a with), in place.
"""

from __future__ import annotations

import ast

from ..diagnostics import SourceFile


class WithOpen(ast.NodeTransformer):
    def __init__(self, source: SourceFile):
        self.source = source

    def visit_With(self, node: ast.With):
        self.generic_visit(node)
        for item in node.items:
            ctx = item.context_expr
            if not (isinstance(ctx, ast.Call) and isinstance(ctx.func, ast.Name) and ctx.func.id == "open"):
                raise self.source.error(ctx, "with statements are supported only for open(...) for now")
            if not isinstance(item.optional_vars, ast.Name):
                where = item.optional_vars or ctx
                raise self.source.error(where, "with open(...) needs 'as name' (a plain name) in pyzc")
        body = node.body
        for item in reversed(node.items):
            assert isinstance(item.optional_vars, ast.Name)  # refused above otherwise
            name = item.optional_vars.id
            close = ast.Expr(ast.Call(ast.Attribute(ast.Name(name, ast.Load()), "close", ast.Load()), [], []))
            ast.copy_location(close, node)
            ast.fix_missing_locations(close)
            try_ = ast.copy_location(ast.Try(body=body, handlers=[], orelse=[], finalbody=[close]), node)
            assign = ast.copy_location(ast.Assign([ast.Name(name, ast.Store())], item.context_expr), node)
            ast.fix_missing_locations(assign)
            body = [assign, try_]
        return body


def lower_with_open(source: SourceFile, module: ast.Module) -> None:
    WithOpen(source).visit(module)
