"""`with` statements, as assignments, calls and try statements the rest of the compiler lowers.

`with open(...) as f:` becomes `f = open(...)` and `try: ... finally: f.close()`.
That is exactly what CPython does for a file object (its __enter__ returns
the file, its __exit__ closes it and lets the exception through).  Another
expression giving a file (`with path.open() as f:`, a file variable, sys.stdin) goes
through the protocol below, whose __enter__ and __exit__ are the file's
(primitives/file_ops.py); `with sys.stdout` and `with sys.stderr` are refused.

Any other context manager is an object of the program's classes with `__enter__` and
`__exit__`, used as CPython's with statement does (PEP 343):

    mgr = EXPR
    TARGET = mgr.__enter__()
    ok = True
    try:
        BODY
    except BaseException as exc:
        ok = False
        if not mgr.__exit__(exc, exc, None):
            raise
    finally:
        if ok:
            mgr.__exit__(None, None, None)

so `__exit__` runs on return, break, continue and exceptions, and a true result suppresses the
exception.  pyzc has no type objects and no tracebacks as values: `__exit__` is given the
exception itself as its first argument and None as its third, so it may only test those for
None (`if exc_type is None:`, `if exc_type:`) or not read them (check_exit_methods refuses
anything else).  Several items nest, left to right.  Runs after the subset check (which saw a
with), in place.
"""

from __future__ import annotations

import ast

from ..ast_walk import walk
from ..diagnostics import SourceFile


class WithOpen(ast.NodeTransformer):
    def __init__(self, source: SourceFile):
        self.source = source
        self.count = 0  # per program: its hidden names are the same whatever was compiled before

    def visit_With(self, node: ast.With):
        self.generic_visit(node)
        for item in node.items:
            ctx = item.context_expr
            if isinstance(ctx, ast.Attribute) and isinstance(ctx.value, ast.Name) and ctx.value.id == "sys" \
                    and ctx.attr in ("stdout", "stderr"):
                raise self.source.error(ctx, f"with sys.{ctx.attr} (which closes it at the end) is not supported")
            if is_open(ctx) and not isinstance(item.optional_vars, ast.Name):
                where = item.optional_vars or ctx
                raise self.source.error(where, "with open(...) needs 'as name' (a plain name) in pyzc")
        body = node.body
        for item in reversed(node.items):
            if not is_open(item.context_expr):
                body = self.protocol(item, body, node)
                continue
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


    def protocol(self, item: ast.withitem, body: list[ast.stmt], at: ast.With) -> list[ast.stmt]:
        """The statements of one item of a with statement whose manager is an object (module docstring)."""
        self.count += 1
        n = self.count
        mgr, ok, exc = f"mgr@with{n}", f"ok@with{n}", f"exc@with{n}"

        def name(id_: str, store: bool = False) -> ast.Name:
            return ast.Name(id=id_, ctx=ast.Store() if store else ast.Load())

        def call(method: str, args: list[ast.expr]) -> ast.Call:
            return ast.Call(func=ast.Attribute(value=name(mgr), attr=method, ctx=ast.Load()), args=args, keywords=[])

        none = ast.Constant(None)
        enter: ast.stmt = ast.Assign(targets=[item.optional_vars], value=call("__enter__", [])) \
            if item.optional_vars is not None else ast.Expr(call("__enter__", []))
        handler = ast.ExceptHandler(type=name("BaseException"), name=exc, body=[
            ast.Assign(targets=[name(ok, True)], value=ast.Constant(False)),
            ast.If(test=ast.UnaryOp(op=ast.Not(), operand=call("__exit__", [name(exc), name(exc), ast.Constant(None)])),
                   body=[ast.Raise(exc=None, cause=None)], orelse=[])])
        final = ast.If(test=name(ok), body=[ast.Expr(call("__exit__", [none, ast.Constant(None), ast.Constant(None)]))],
                       orelse=[])
        stmts = [ast.Assign(targets=[name(mgr, True)], value=item.context_expr), enter,
                 ast.Assign(targets=[name(ok, True)], value=ast.Constant(True)),
                 ast.Try(body=body, handlers=[handler], orelse=[], finalbody=[final])]
        for part in walk(enter):
            if "lineno" in part._attributes and getattr(part, "lineno", None) is None:
                ast.copy_location(part, item.context_expr)  # a manager without __enter__ is reported at it
        for s in stmts:
            for part in walk(s):
                if "lineno" in part._attributes and getattr(part, "lineno", None) is None:
                    ast.copy_location(part, at)
        return stmts


def is_open(ctx: ast.expr) -> bool:
    return isinstance(ctx, ast.Call) and isinstance(ctx.func, ast.Name) and ctx.func.id == "open"


def check_exit_methods(source: SourceFile, module: ast.Module) -> None:
    """Each `__exit__(self, exc_type, exc, tb)` of the program's classes reads exc_type and tb only to
    test them for None (pyzc passes the exception as exc_type and None as tb: module docstring)."""
    for cls in walk(module):
        if not isinstance(cls, ast.ClassDef):
            continue
        for f in cls.body:
            if not (isinstance(f, ast.FunctionDef) and f.name == "__exit__"):
                continue
            params = [a.arg for a in f.args.posonlyargs + f.args.args]
            if len(params) != 4 or f.args.vararg or f.args.kwarg:
                raise source.error(f, "__exit__ with other parameters than (self, exc_type, exc, tb) is not supported yet")
            roots: list[ast.expr] = []
            for n in walk(f):
                if isinstance(n, ast.Compare) and len(n.ops) == 1 and isinstance(n.ops[0], (ast.Is, ast.IsNot)) \
                        and isinstance(n.comparators[0], ast.Constant) and n.comparators[0].value is None:
                    roots.append(n.left)
                elif isinstance(n, (ast.If, ast.While, ast.IfExp, ast.Assert)):
                    roots.append(n.test)
            tests = set()
            while roots:  # a test's parts under `not`, `and`, `or` are tests too
                t = roots.pop()
                tests.add(id(t))
                if isinstance(t, ast.UnaryOp) and isinstance(t.op, ast.Not):
                    roots.append(t.operand)
                elif isinstance(t, ast.BoolOp):
                    roots.extend(t.values)
            for n in walk(f):
                if isinstance(n, ast.Name) and n.id in (params[1], params[3]) and id(n) not in tests:
                    raise source.error(n, f"'{n.id}' of __exit__ is supported only in tests for None for now (pyzc "
                                          "passes no exception type or traceback objects)")


def lower_with_open(source: SourceFile, module: ast.Module) -> None:
    check_exit_methods(source, module)
    WithOpen(source).visit(module)
