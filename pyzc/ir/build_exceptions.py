"""Lowering of try/except/finally, raise and assert.

A `try` pushes its handler block (`self.handlers`); a `finally` body is kept open
(`self.finallies`) so that return, break and continue leaving it run it first."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Callable

from ..exceptions import canonical, is_oserror_call, oserror_class, oserror_errno
from ..frontend.check import EXCEPTION_ALIASES, EXCEPTION_CLASSES
from ..types.model import BOOL, EXC, EXC_KIND, FLOAT, INT, NONE, STR, ClassT, OptT, Type
from .control import FinallyContext, exception_kind
from .ops import Block, Assign, Branch, BuildStr, Call, Const, Prim, Propagate, Raise, Reraise, Value

if TYPE_CHECKING:  # the host's plumbing, as the type checker sees it (build_host.py)
    from .build_host import BuilderHost
else:
    BuilderHost = object


class ExceptionLowering(BuilderHost):
    """Lowering of exception handling (mixed into ir.build.FunctionBuilder)."""

    # set here, declared on the host (build_host.py); mypy wants their types where they are assigned
    handlers: list[Block]
    finallies: list[FinallyContext]
    line: int


    def run_finallies(self, down_to: int):
        """Inline the bodies of the open finally clauses above depth down_to, innermost first
        (return/break/continue leaving a try runs its finally)."""
        saved_f, saved_h, saved_line = self.finallies, self.handlers, self.line
        for i in reversed(range(down_to, len(saved_f))):
            ctx = saved_f[i]
            self.finallies = saved_f[:i]
            self.handlers = saved_h[:ctx.handler_depth]
            blk = self.new_block()
            self.goto(blk)
            self.set_block(blk)
            if ctx.on_exit is not None:
                ctx.on_exit()
            else:
                self.body(ctx.body)
        self.finallies, self.handlers, self.line = saved_f, saved_h, saved_line
        if down_to < len(saved_f) and not self.block.terminated:
            blk = self.new_block()
            self.goto(blk)
            self.set_block(blk)

    def stmt_Try(self, s: ast.Try):
        if s.finalbody:
            self.try_finally(s)
        else:
            self.try_except(s.body, s.handlers, s.orelse)


    def handling(self, exc: Value, outer: Value, run: Callable[[], None]):
        """run() builds an except or finally body that handles exc: an exception raised there gets exc
        as its context (exc.c); leaving the body in any way but an exception puts back outer, what
        was handled when the try began."""
        self.emit(Prim(None, "exc_handling_set", [exc], self.line))
        self.finallies.append(FinallyContext([], len(self.handlers),
                                             lambda: self.emit(Prim(None, "exc_handling_set", [outer], self.line))))
        run()
        self.finallies.pop()
        if not self.block.terminated:
            self.emit(Prim(None, "exc_handling_set", [outer], self.line))


    def try_finally(self, s: ast.Try):
        outer = self.prim("exc_handling_get", [], EXC)
        after = self.new_block()
        on_error = self.new_block()
        self.handlers.append(on_error)
        self.finallies.append(FinallyContext(s.finalbody, len(self.handlers) - 1))
        body = self.new_block()
        self.goto(body)
        self.set_block(body)
        if s.handlers:
            self.try_except(s.body, s.handlers, s.orelse)
        else:
            self.body(s.body)
        self.finallies.pop()
        self.handlers.pop()
        if not self.block.terminated:  # normal exit: run the finally body
            self.body(s.finalbody)
            self.goto(after)
        # exceptional exit: keep the exception aside, run the finally body, raise it again
        self.set_block(on_error)
        saved = self.rt("pyz_exc_fetch", [], EXC)
        line = self.prim("err_line_get", [], INT)
        self.handling(saved, outer, lambda: self.body(s.finalbody))
        if not self.block.terminated:
            self.rt("pyz_exc_restore", [saved], None)
            self.emit(Prim(None, "err_line_set", [line], self.line))
            self.emit(Propagate(self.line))
        self.set_block(after)


    def try_except(self, body: list, handlers: list, orelse: list):
        outer = self.prim("exc_handling_get", [], EXC)
        after = self.new_block()
        dispatch = self.new_block()
        self.handlers.append(dispatch)
        first = self.new_block()
        self.goto(first)
        self.set_block(first)
        self.body(body)
        self.handlers.pop()
        if not self.block.terminated:
            if orelse:  # else: runs outside the handlers
                blk = self.new_block()
                self.goto(blk)
                self.set_block(blk)
                self.body(orelse)
            self.goto(after)
        self.set_block(dispatch)
        for h in handlers:
            if h.type is not None and not self.handler_may_match(h.type):
                continue  # only classes no code ever constructs: it never runs (and its fields have no types)
            self.at(h)
            take, nxt = self.new_block(), self.new_block()
            if h.type is None:
                self.goto(take)
            else:
                names = [h.type] if isinstance(h.type, ast.Name) else h.type.elts
                kind = self.prim("exc_pending", [], INT)
                match: Value = Const(False, BOOL)
                for n in names:
                    k = Const(n.id, EXC_KIND) if n.id in self.mb.program.classes else exception_kind(n.id)
                    m = self.rt("pyz_exc_matches", [kind, k], BOOL)
                    match = m if isinstance(match, Const) else self.prim("bool_or", [match, m], BOOL)
                self.emit(Branch(match, take, nxt, self.line))
            self.set_block(take)
            exc = self.rt("pyz_exc_fetch", [], EXC)
            if h.name:
                target = self.var(h.name)
                if isinstance(target.type, ClassT):  # except AppError as e: e is the exception object
                    self.emit(Assign(target, self.rt("pyz_exc_obj", [exc], target.type), self.line))
                else:
                    self.emit(Assign(target, exc, self.line))
            self.caught.append(exc)
            self.caught_names.append((h.name, exc))
            self.handling(exc, outer, lambda: self.body(h.body))
            self.caught_names.pop()
            self.caught.pop()
            self.goto(after)
            self.set_block(nxt)
        self.emit(Propagate(self.line))  # no clause matched
        self.set_block(after)


    def stmt_Raise(self, s: ast.Raise):
        exc = s.exc
        if exc is None:
            if not self.caught:
                raise self.source.error(s, "a bare 'raise' is supported only inside an except clause (no active exception to re-raise)")
            self.emit(Reraise(self.caught[-1], self.line, bare=True))
            return
        if s.cause is not None:
            self.raise_with_cause(s)
            return
        if isinstance(exc, ast.Name) and exc.id in EXCEPTION_CLASSES and not self.is_variable(exc.id):
            exc = ast.Call(func=exc, args=[], keywords=[])
        if isinstance(exc, ast.Call) and isinstance(exc.func, ast.Name) and exc.func.id in EXCEPTION_CLASSES:
            values = [self.expr(a) for a in exc.args]
            if is_oserror_call(exc.func.id, len(values)):
                self.raise_oserror(exc.func.id, exc.args[0], values)
            else:
                self.raise_builtin(EXCEPTION_ALIASES.get(exc.func.id, exc.func.id), values)
            return
        if isinstance(self.inst.expr_types.get(id(exc)), ClassT) or self.class_of(exc) is not None:
            v = self.construct(self.inst.calls[id(exc)]) if self.class_of(exc) is not None else self.expr(exc)
            self.raise_object(v)
            return
        v = self.expr(exc)
        if v.type != EXC:  # raise "message": not an exception, so CPython raises a TypeError instead
            self.emit(Raise("TypeError", "exceptions must derive from BaseException", self.line))
            return
        self.emit(Reraise(v, self.line))


    def raise_with_cause(self, s: ast.Raise):
        """raise X from None / raise X from e (e the name of a caught exception): the Raise op of X,
        with its cause."""
        cause: Value | None = None
        if isinstance(s.cause, ast.Name):
            found = [exc for name, exc in self.caught_names if name == s.cause.id]
            if not found:
                raise self.source.error(s.cause, "raise ... from NAME is supported when NAME is a caught exception (except E as NAME) for now")
            cause = found[-1]
        start = len(self.block.ops)
        inner = ast.Raise(exc=s.exc, cause=None)
        ast.copy_location(inner, s)
        self.stmt_Raise(inner)
        raises = [op for op in self.block.ops[start:] if isinstance(op, Raise)]
        if not raises:
            raise self.source.error(s, "raise ... from ... is supported when raising a new exception for now")
        raises[-1].has_cause = True
        raises[-1].cause = cause


    def raise_builtin(self, kind: str, values: list[Value]) -> None:
        """raise Kind(*values): str(e) and e.args as CPython has them."""
        if not values:
            msg: Value | None = None
            args: list[Value] = [Const("()", STR), Const("", STR), Const(0, INT)]
        elif len(values) == 1 and values[0].type == NONE:  # E(None): no tuple of None to print
            msg = Const("None", STR)
            args = [Const("(None,)", STR), msg, Const(1, INT)]
        else:
            args_repr = self.to_str(self.make_tuple(values))
            if len(values) > 1:  # str(e) is str(e.args)
                msg = args_repr
            else:  # str(KeyError(k)) is repr(k), as CPython prints it
                msg = self.repr_of(values[0]) if kind == "KeyError" else self.to_str(values[0])
            args = [args_repr, self.to_str(values[0]), Const(len(values), INT)]
        self.emit(Raise(kind, msg, self.line, args=args))


    def raise_oserror(self, name: str, errno_node: ast.expr, values: list[Value]) -> None:
        """raise OSError(errno, strerror[, filename[, winerror[, filename2]]]) as CPython's OSError_new and
        oserror_init make it: OSError itself becomes the subclass for a constant errno (the errnomap), str(e) is
        "[Errno e] strerror" with ": 'filename'" and " -> 'filename2'" when they are not None, and e.args keeps
        only errno and strerror once there is a filename.  types/oserror_args.py refuses what would need a
        decision at run time.  The attributes are read back from the message (runtime_c/os.c)."""
        errno = oserror_errno(errno_node)
        kind = oserror_class(name, errno) if errno is not None else canonical(name)
        filename = values[2] if len(values) > 2 and values[2].type != NONE else None
        if filename is not None and kind == "BlockingIOError" and filename.type == FLOAT:  # PyNumber_AsSsize_t
            self.emit(Raise("TypeError", "'float' object cannot be interpreted as an integer", self.line))
            return
        if filename is not None and kind == "BlockingIOError" and filename.type in (INT, BOOL):
            filename = None  # BlockingIOError's third argument is then its characters_written
        parts = [Const("[Errno ", STR), self.to_str(values[0]), Const("] ", STR), self.to_str(values[1])]
        args = values
        if filename is not None:
            parts += [Const(": ", STR), self.repr_of(filename)]
            if len(values) == 5 and values[4].type != NONE:
                parts += [Const(" -> ", STR), self.repr_of(values[4])]
            args = values[:2]
        msg = self.temp(STR)
        self.emit(BuildStr(msg, parts, self.line))
        shown = [self.to_str(self.make_tuple(args)), self.to_str(args[0]), Const(len(args), INT)]
        self.emit(Raise(kind, msg, self.line, args=shown))

    def exit_code(self, node: ast.Attribute) -> Value:
        """e.code of a caught SystemExit (types/exit_codes.py gives its type): read back from e's
        arguments; CPython's AttributeError for another exception."""
        e = self.expr(node.value)
        t = self.inst.expr_types[id(node)]
        none = self.rt("pyz_exc_code_is_none", [e], BOOL)
        if t == NONE:
            return Const(None, NONE)
        inner = t.inner if isinstance(t, OptT) else t
        readers: dict[Type, str] = {INT: "pyz_exc_code_int", FLOAT: "pyz_exc_code_float", STR: "pyz_exc_code_str"}
        read = readers[inner]
        if not isinstance(t, OptT):
            return self.rt(read, [e], inner)
        result = self.temp(t)
        yes, no, done = self.new_block(), self.new_block(), self.new_block()
        self.emit(Branch(none, yes, no, self.line))
        self.set_block(yes)
        self.emit(Assign(result, Const(None, t), self.line))
        self.goto(done)
        self.set_block(no)
        self.emit(Assign(result, self.prim("opt_wrap", [self.rt(read, [e], inner)], t), self.line))
        self.goto(done)
        self.set_block(done)
        return result

    def stmt_Assert(self, s: ast.Assert):
        ok, fail = self.new_block(), self.new_block()
        self.cond(s.test, ok, fail)
        self.set_block(fail)
        self.raise_builtin("AssertionError", [self.expr(s.msg)] if s.msg is not None else [])
        self.set_block(ok)
