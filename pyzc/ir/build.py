"""Lowering: typed AST -> IR.

In: a `TypedProgram` (types/infer.py).  Out: an `ir.Module` holding one
`Function` per reachable function instance plus the module body.  All the
decisions about Python semantics are made here, in Python, so that codegen
only spells ops in C: which operation (checked int add, Python floor
division, str concatenation), which iteration scheme (range loops become
counted loops whose index cannot overflow), how `and`/`or` short-circuit,
how generator expressions become loops without an intermediate list.
"""

from __future__ import annotations

import ast
from typing import Callable, overload

from ..types.infer import static_none_test, is_negative_constant, tuple_items_type
from ..types.model import ViewT
from ..types.operators import OP_SYMBOLS, ORDERINGS, UNARY_DUNDERS
from ..types.typed_program import CallInfo, Instance, TypedProgram
from ..types.infer_format import latin1_format
from ..types.model import (HASH, StructT, ArrayT, BOOL, BOTTOM, BUILDER, EXC, EXC_ARGS, EXC_KIND, FILE, ITER, ITEMS_PTR, FLOAT, INT, MUTABLE_CONTAINERS, NONE, NUM, RANGE, STR, BYTES, BYTEARRAY, BINFILE, ClassT, OptT, DequeT, DictT, FuncT, IterT, ListT, VarTupleT, SeqIterT,
                           SetT, TupleT, Type, GenT, GenU, concrete, may_be_none, narrow, opt_inner, walk_types)
from ..frontend.check import EXCEPTION_ALIASES, EXCEPTION_CLASSES
from ..types.objects import BINARY_DUNDERS
from .ops import (Assign, Block, Branch, BuildStr, Call, CallRuntime, Const, Function, GenFrame, Global, Goto,
                  ListGet, ListSet, MakeTuple, Module, NewList, Prim, Propagate, Raise, ReadVar, Reg, Reraise, Return,
                  TupleGet, Value)
from .build_objects import ClassTable, ObjectLowering
from .build_namedtuples import NamedTupleLowering
from .build_type_of import TypeOfLowering
from .build_stdlib import StdlibLowering
from .build_files import file_attribute, file_cursor, print_to_file, sys_file
from .build_format import FormatLowering
from ..types.none_uses import none_use_error, python_type_name
from .build_functions import FunctionValueLowering, function_ids
from .cursor import Cursor
from .build_generators import FRAME_PARAM, GeneratorLowering, constructor, generator_frame, resume_name, yields_while_handling
from .build_primitive import call_primitive, iterator_cursor, lower_method
from ..primitives import BUILTINS, MODULES, Method, receiver_kind
from ..primitives.array_ops import ATTRIBUTES as ARRAY_ATTRIBUTES, ITEMSIZE, stored as array_stored
from ..primitives.hashlib_ops import ATTRIBUTES as HASH_ATTRIBUTES
from ..primitives.struct_ops import size_of as struct_size
from .ops import SpecFn, call_runtime, deque_fn, dict_fn, list_fn, set_fn, temp_name, tuple_fn
from ..types.spelling import suffix


ARITH = {ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.Div: "div", ast.FloorDiv: "floordiv",
         ast.Mod: "mod", ast.Pow: "pow", ast.LShift: "lshift", ast.RShift: "rshift",
         ast.BitAnd: "and", ast.BitOr: "or", ast.BitXor: "xor"}
COUNTER_OPS = (ast.Add, ast.Sub, ast.BitOr, ast.BitAnd)  # the kind argument of pyz_dict_N_counter_binop / _iop
CMP = {ast.Eq: "eq", ast.NotEq: "ne", ast.Lt: "lt", ast.LtE: "le", ast.Gt: "gt", ast.GtE: "ge"}
INT_RAISING = {"add", "sub", "mul", "floordiv", "mod", "pow", "lshift", "rshift", "div"}
INT_RUNTIME = {"floordiv": "pyz_int_floordiv", "mod": "pyz_int_mod", "pow": "pyz_int_pow",
               "lshift": "pyz_int_lshift", "rshift": "pyz_int_rshift", "div": "pyz_int_truediv"}
# pyz_num_binop's operator codes, in the order of its enum (runtime_c/pyz.h)
NUM_OPS = ("add", "sub", "mul", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor")
FLOAT_RUNTIME = {"div": "pyz_float_div", "floordiv": "pyz_float_floordiv", "mod": "pyz_float_mod",
                 "pow": "pyz_float_pow"}

class LoopTargets:
    def __init__(self, brk: Block, cont: Block, finally_depth: int):
        self.brk = brk
        self.cont = cont
        self.finally_depth = finally_depth  # try/finally blocks open when the loop began


class FinallyContext:
    """An open `try: ... finally:` whose body must run when return/break/continue leave it; or, with
    on_exit, an except/finally body handling an exception, which must stop handling it."""

    def __init__(self, body: list, handler_depth: int, on_exit: Callable[[], None] | None = None):
        self.body = body
        self.handler_depth = handler_depth
        self.on_exit = on_exit


def exception_kind(name: str) -> Const:
    return Const(EXCEPTION_ALIASES.get(name, name), EXC_KIND)


NEEDS_AN_ITERABLE = {"len", "sorted", "list", "set", "dict", "min", "max", "sum", "any", "all", "reversed", "iter", "next",
                     "enumerate", "zip", "tuple", "frozenset"}


def is_value_widening(arg: Type, var: Type) -> bool:
    """Whether a parameter's argument of type arg converts into its variable of type var on entry: a
    number or a value that may be None (a container cannot change type: inference refuses that)."""
    return arg in (INT, FLOAT, BOOL, NUM, NONE) or isinstance(var, OptT) and not isinstance(arg, OptT) or isinstance(arg, TupleT)


class FunctionBuilder(ObjectLowering, StdlibLowering, FormatLowering, FunctionValueLowering, NamedTupleLowering,
                      TypeOfLowering, GeneratorLowering):
    def __init__(self, mb: "ModuleBuilder", inst: Instance, name: str):
        self.mb = mb
        self.inst = inst
        self.source = mb.source
        self.func = inst.func
        params = [Reg(p, concrete(t)) for p, t in zip(inst.func.params, inst.argtypes)]
        # a parameter whose variable holds more than its argument (`def f(c): c += 0.5` called with an
        # int: the variable holds numbers of several types) is copied into that variable on entry
        widened = [(i, Reg(p, concrete(inst.var_types[p]))) for i, p in enumerate(inst.func.params[:len(params)])
                   if inst.var_types.get(p, BOTTOM) not in (BOTTOM, params[i].type)
                   and concrete(inst.var_types[p]) != params[i].type and is_value_widening(params[i].type, concrete(inst.var_types[p]))]
        for i, _ in widened:
            params[i] = Reg(params[i].name + "@arg", params[i].type)
        rt = concrete(inst.return_type) if not inst.func.is_module else NONE
        if rt == BOTTOM:
            rt = NONE
        self.gen_frame: GenFrame | None = None
        if inst.func.is_generator:  # the resume function (ir/build_generators.py): it takes the generator
            self.gen_frame = generator_frame(params, inst.yield_type, inst.gen_return)
            frame = Reg(FRAME_PARAM, rt)
            # zip/enumerate/reversed held as values, d.items() or an itertools iterator as a generator
            # expression's first iterable are generators of the front end's (genexp_functions.py):
            # CPython's are C code, with no frame in a traceback
            synthetic = inst.func.py_name.startswith("<") and inst.func.py_name not in ("<genexpr>", "<lambda>")
            self.fn = Function(resume_name(name), inst.func.py_name, [frame], BOOL, generator=self.gen_frame,
                               adds_frame=not synthetic)
            self.fn.regs.append(frame)
        else:
            self.fn = Function(name, inst.func.py_name, params, rt, adds_frame=inst.func.kind != "builtin")
        self.result_type = self.gen_frame.ret if self.gen_frame is not None else self.fn.return_type
        self.fn.first_line = getattr(inst.func.node, "lineno", 1)
        self.fn.regs.extend(params)
        self.vars: dict[str, Reg] = {p: r for p, r in zip(inst.func.params, params)}
        for i, local in widened:
            self.vars[local.name] = local
            self.fn.regs.append(local)
        self.ntemps = 0
        self.nblocks = 0
        self.loops: list[LoopTargets] = []
        self.handlers: list[Block] = []  # handler blocks of the enclosing try statements, innermost last
        self.finallies: list[FinallyContext] = []
        self.caught: list[Value] = []  # exceptions being handled (for bare `raise`), innermost last
        self.caught_names: list[tuple] = []  # (the `as` name or None, the caught exception), innermost last
        self.wanted: dict[int, Type] = {}
        self.line = self.fn.first_line
        self.pending_reads: list[Reg] = []  # locals read since the last op (flush_reads)
        self.block = self.new_block()
        for i, local in widened:
            self.emit(Assign(local, self.coerce_num(params[i], local.type), self.line))
        f = inst.func
        self.self_param = f.params[0] if f.takes_self and not self.reassigns(f.params[0]) else None
        self.gen_outer: Reg | None = None
        if self.gen_frame is not None and yields_while_handling(f.body):
            self.gen_outer = self.prim("exc_handling_get", [], EXC)

    # ------------------------------------------------------------ plumbing
    def new_block(self) -> Block:
        b = Block(self.nblocks, handler=self.handlers[-1] if self.handlers else None)
        self.nblocks += 1
        self.fn.blocks.append(b)
        return b

    def set_block(self, b: Block) -> None:
        self.flush_reads(None)
        self.block = b

    def flush_reads(self, op):
        """Locals read (expr_Name) since the last op: each that op does not use gets a ReadVar
        before it, so that a test of whether it is assigned runs in source order (check_unbound)."""
        if not self.pending_reads:
            return
        used = {id(v) for v in op.uses()} if op is not None else set()
        reads, self.pending_reads = self.pending_reads, []
        if self.block.terminated:
            return
        for r in reads:
            if id(r) not in used:
                self.block.ops.append(ReadVar(r, self.line))

    def emit(self, op):
        self.flush_reads(op)
        if self.block.terminated:
            # Code after return/break/continue/raise: unreachable; a fresh block keeps it well formed.
            self.block = self.new_block()
        if getattr(op, "line", 0) == 0 and hasattr(op, "line"):
            op.line = self.line
        self.block.ops.append(op)
        return op

    def goto(self, target: Block) -> None:
        if not self.block.terminated:
            self.emit(Goto(target, self.line))

    def temp(self, t: Type) -> Reg:
        self.ntemps += 1
        r = Reg(temp_name(self.ntemps), concrete(t))
        self.fn.regs.append(r)
        return r

    def inferred(self, node) -> Type | None:
        """The type inference gave node, if it gave one (a generator expression has none)."""
        return self.inst.expr_types.get(id(node))

    def type_of(self, node) -> Type:
        t = self.inst.expr_types.get(id(node))
        if t is None:
            raise self.source.error(node, "internal: expression has no inferred type (was this code reached by inference?)")
        return concrete(t)

    def var(self, name: str, node=None) -> Reg:
        local = not self.func.is_module and name in self.func.locals
        # A module variable that no function mentions lives in a C local of the module body:
        # the C compiler keeps it in a register (a C global would be reloaded around every call).
        module_private = self.func.is_module and name not in self.mb.shared_globals
        if "@" in name or local or module_private:
            r = self.vars.get(name)
            if r is None:
                t = self.inst.var_types.get(name, BOTTOM) if not module_private else self.typed_global(name, node)
                r = Reg(name, concrete(t))
                self.vars[name] = r
                self.fn.regs.append(r)
            return r
        return self.mb.global_reg(name, node)

    def typed_global(self, name: str, node) -> Type:
        t = self.mb.typed.global_types.get(name, BOTTOM)
        if t == BOTTOM:
            t = self.inst.var_types.get(name, BOTTOM)
        return t

    def prim(self, op: str, args: list[Value], t: Type, raises: bool = False) -> Reg:
        dst = self.temp(t)
        self.emit(Prim(dst, op, args, self.line, raises))
        return dst

    def const(self, value, t: Type) -> Const:
        return Const(value, t)

    def raise_message(self, kind: str, message: Value):
        """Raise a builtin exception with this message (a str) here (for the registered pairs)."""
        self.emit(Raise(kind, message, self.line))

    def call_primitive(self, m: Method, args: list[Value], result: Type | None = None) -> Value:
        """A registered method's runtime call (primitives/), for the registered pairs."""
        return call_primitive(self, m, args, result)

    def index_arg(self, node, default: int) -> Value:
        """A slice-like index argument: absent or None is the default."""
        if node is None or (isinstance(node, ast.Constant) and node.value is None):
            return Const(default, INT)
        return self.as_int(self.expr(node))

    @overload
    def rt(self, name: str | SpecFn, args: list[Value], t: Type, raises: bool = False) -> Value: ...
    @overload
    def rt(self, name: str | SpecFn, args: list[Value], t: None, raises: bool = False) -> None: ...
    def rt(self, name: str | SpecFn, args: list[Value], t: Type | None, raises: bool = False) -> Value | None:
        dst = self.temp(t) if t is not None and t != NONE else None
        self.emit(call_runtime(dst, name, args, self.line, raises))
        return Const(None, NONE) if t == NONE else dst  # an item of a container of None is None

    def at(self, node) -> None:
        line = getattr(node, "lineno", None)
        if line:
            self.line = line

    # ------------------------------------------------------------ function
    def build(self) -> Function:
        self.body(self.func.body)
        if not self.block.terminated:
            if self.result_type == NONE:
                self.emit(Return(Const(None, NONE), self.line))
            else:
                # inference proved every path returns; C still wants a terminator
                self.emit(Return(self.zero(self.fn.return_type), self.line))
        return self.fn

    def zero(self, t: Type) -> Const:
        zeros: dict[Type, object] = {INT: 0, FLOAT: 0.0, BOOL: False}
        return Const(zeros.get(t), t)

    def body(self, stmts):
        for s in stmts:
            self.at(s)
            getattr(self, "stmt_" + type(s).__name__)(s)
            if id(s) in self.inst.cut_after:
                break  # `if p is None: return` where p is None here: the rest never runs (types/infer.py)

    # ------------------------------------------------------------ statements
    def stmt_Expr(self, s: ast.Expr):
        if isinstance(s.value, ast.Constant):
            return
        self.expr(s.value)

    def stmt_Pass(self, s):
        pass

    stmt_Global = stmt_Import = stmt_FunctionDef = stmt_Pass

    def stmt_Break(self, s):
        self.run_finallies(self.loops[-1].finally_depth)
        self.goto(self.loops[-1].brk)

    def stmt_Continue(self, s):
        self.run_finallies(self.loops[-1].finally_depth)
        self.goto(self.loops[-1].cont)

    def stmt_Return(self, s: ast.Return):
        v: Value
        if s.value is None:
            v = Const(None, NONE)
        else:
            v = self.coerce_num(self.expr(s.value, self.result_type), self.result_type)
            if self.result_type == NONE:  # `return r` where r is always None in this instance
                v = Const(None, NONE)
            if self.finallies and isinstance(v, Reg):
                keep = self.temp(v.type)  # the finally body may reassign what v names
                self.emit(Assign(keep, v, self.line))
                v = keep
        self.run_finallies(0)
        self.emit(Return(v, self.line))

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

    # ------------------------------------------------------------ exceptions
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
            self.raise_builtin(EXCEPTION_ALIASES.get(exc.func.id, exc.func.id), [self.expr(a) for a in exc.args])
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

    def stmt_Assert(self, s: ast.Assert):
        ok, fail = self.new_block(), self.new_block()
        self.cond(s.test, ok, fail)
        self.set_block(fail)
        self.raise_builtin("AssertionError", [self.expr(s.msg)] if s.msg is not None else [])
        self.set_block(ok)

    def stmt_Assign(self, s: ast.Assign):
        target0 = s.targets[0]
        if isinstance(target0, ast.Subscript) and isinstance(target0.slice, ast.Slice):
            return self.assign_slice(target0, s.value)
        if isinstance(target0, (ast.Tuple, ast.List)) and isinstance(s.value, (ast.Tuple, ast.List)) \
                and len(target0.elts) == len(s.value.elts) and not any(isinstance(e, ast.Starred) for e in target0.elts):
            values: list[Value] = []
            for e in s.value.elts:
                val = self.expr(e)
                if isinstance(val, Reg):  # evaluate all before assigning any: a, b = b, a
                    tmp = self.temp(val.type)
                    self.emit(Assign(tmp, val, self.line))
                    val = tmp
                values.append(val)
            for t, val in zip(target0.elts, values):
                self.store(t, val)
            return
        value = self.expr(s.value, self.target_type(s.targets[0]))
        for t in s.targets:
            self.store(t, value)

    def target_type(self, target) -> Type | None:
        if isinstance(target, ast.Name):
            return self.var(target.id, target).type
        if isinstance(target, ast.Subscript):
            t = self.inst.expr_types.get(id(target.value))
            if isinstance(t, DictT):
                return concrete(t.value)
            return concrete(t.elem) if isinstance(t, ListT) else None
        if isinstance(target, ast.Attribute):
            return self.field_type(target)
        return None

    def key_value(self, v: Value, key_t: Type) -> Value:
        """A value used as a key: bool keys of an int dict are ints (True == 1), ints of a float dict floats."""
        return self.coerce_num(v, concrete(key_t))

    def stmt_AnnAssign(self, s: ast.AnnAssign):
        self.store(s.target, self.expr(s.value, self.target_type(s.target)))

    def store(self, target, v: Value):
        if isinstance(target, (ast.Tuple, ast.List)) and isinstance(v.type, OptT):
            v = self.opt_unwrap(v, ("TypeError", "cannot unpack non-iterable NoneType object"))
        if isinstance(target, (ast.Tuple, ast.List)) and any(isinstance(e, ast.Starred) for e in target.elts):
            return self.store_starred(target, v)
        if isinstance(target, (ast.Tuple, ast.List)):
            if isinstance(v.type, ListT):  # CPython checks the length before it assigns any name
                self.mb.use_list(v.type)
                n = len(target.elts)
                self.rt("pyz_unpack_check", [self.prim("container_len", [v], INT), Const(n, INT)], None, raises=True)
                items = [self.prim("list_item", [v, Const(i, INT)], v.type.elem) for i in range(n)]
                for e, item in zip(target.elts, items):
                    self.store(e, item)
                return
            if v.type == STR:  # its characters, once its length is checked
                n = len(target.elts)
                self.rt("pyz_unpack_check", [self.prim("str_len", [v], INT), Const(n, INT)], None, raises=True)
                chars = [self.rt("pyz_str_getitem", [v, Const(i, INT)], STR, raises=True) for i in range(n)]
                for e, char in zip(target.elts, chars):
                    self.store(e, char)
                return
            if v.type in (BYTES, BYTEARRAY):  # its bytes, once its length is checked
                n = len(target.elts)
                self.rt("pyz_unpack_check", [self.prim("bytes_len", [v], INT), Const(n, INT)], None, raises=True)
                items = [self.prim("bytes_at", [v, Const(i, INT)], INT) for i in range(n)]
                for e, item in zip(target.elts, items):
                    self.store(e, item)
                return
            if not isinstance(v.type, TupleT):  # an item of an always-empty container (receiver_of_nothing)
                for e in target.elts:
                    self.store(e, Const(None, self.target_type(e) or INT))
                return
            for i, e in enumerate(target.elts):
                self.store(e, self.tuple_get(v, i))
            return
        if isinstance(target, ast.Name):
            r = self.var(target.id, target)
            self.emit(Assign(r, self.coerce_num(v, r.type), self.line))
        elif isinstance(target, ast.Subscript):
            container = self.expr(target.value)
            if isinstance(container.type, ClassT):  # obj[key] = v: __setitem__(key, v)
                self.dunder(container.type, "__setitem__", [container, self.expr(target.slice), v])
                return
            if isinstance(container.type, DictT):
                key = self.key_value(self.expr(target.slice), container.type.key)
                self.rt(dict_fn(container.type, "set"), [container, key, self.coerce_num(v, container.type.value)], None)
                return
            idx = self.expr(target.slice)
            if container.type == BYTEARRAY:
                self.rt("pyz_bytearray_setitem", [container, self.subscript_index(idx, 0), self.as_int(v)], None, raises=True)
                return
            if isinstance(container.type, DequeT):
                self.rt(deque_fn(container.type, "set"), [container, self.as_int(idx), self.coerce_num(v, container.type.elem)], None, raises=True)
                return
            if isinstance(container.type, ArrayT):  # checked to fit, or rounded (primitives/array_ops.py)
                self.emit(ListSet(container, self.subscript_index(idx, 0), array_stored(self, container.type, v), self.line))
                return
            self.emit(ListSet(container, self.subscript_index(idx, 0), self.coerce_num(v, narrow(container.type, ListT).elem), self.line))
        elif isinstance(target, ast.Attribute):
            self.store_attribute(target, v)
        else:
            raise self.source.error(target, "unsupported assignment target")

    def store_starred(self, target, v: Value):
        """`first, *rest, last = xs` (types/infer.py assign_starred): CPython checks the length first."""
        elts = target.elts
        star = next(i for i, e in enumerate(elts) if isinstance(e, ast.Starred))
        n_after = len(elts) - star - 1
        rest_t = narrow(concrete(self.target_type(elts[star].value) or ListT(INT)), ListT)
        self.mb.use_list(rest_t)
        rest: Value
        if isinstance(v.type, TupleT):
            n = len(v.type.elems)
            items: list[Value] = [self.tuple_get(v, i) for i in range(n)]
            rest = self.temp(rest_t)
            self.emit(NewList(rest, [self.coerce_num(x, rest_t.elem) for x in items[star:n - n_after]], self.line))
            values = items[:star] + [rest] + items[n - n_after:]
        else:
            self.mb.use_list(v.type)
            size = self.prim("container_len", [v], INT)
            self.rt("pyz_unpack_check_star", [size, Const(len(elts) - 1, INT)], None, raises=True)
            end = self.prim("int_sub_nocheck", [size, Const(n_after, INT)], INT)
            rest = self.rt(list_fn(rest_t, "slice"), [v, Const(star, INT), end, Const(1, INT), Const(1, INT), Const(1, INT)],
                           rest_t, raises=True)
            elem = narrow(v.type, ListT).elem
            values = ([self.prim("list_item", [v, Const(i, INT)], elem) for i in range(star)] + [rest]
                      + [self.prim("list_item", [v, self.prim("int_add_nocheck", [end, Const(j, INT)], INT)], elem)
                         for j in range(n_after)])
        for e, item in zip(elts, values):
            self.store(e.value if isinstance(e, ast.Starred) else e, item)

    def augmented(self, s: ast.AugAssign, cur: Value, rhs: Value | None = None) -> Value | None:
        """The value of `cur op= s.value`; None when cur (a mutable container) was changed in place, so that
        every other name, field or item holding the same object sees the change (types/inplace.py).
        rhs: s.value, lowered already (a number or str target that may be None: checked after it)."""
        t, op = cur.type, s.op
        if t == BYTEARRAY and isinstance(op, ast.Add):  # extended in place
            self.rt("pyz_bytearray_extend", [cur, self.expr(s.value)], None)
            return None
        mutable_list = isinstance(t, ListT) and not isinstance(t, VarTupleT)  # a tuple's += is its +
        if mutable_list and isinstance(op, ast.Add):  # list.extend: any iterable
            self.list_extend(cur, s.value)
            return None
        if mutable_list and isinstance(op, ast.Mult):
            self.mb.use_list(t)
            self.rt(list_fn(t, "irepeat"), [cur, self.as_int(self.expr(s.value))], None)
            return None
        if isinstance(t, DequeT) and isinstance(op, (ast.Add, ast.Mult)):
            self.mb.use_type(t)
            if isinstance(op, ast.Add):
                self.deque_extend(cur, s.value, "append")
            else:
                self.rt(deque_fn(t, "irepeat"), [cur, self.as_int(self.expr(s.value))], None)
            return None
        if isinstance(t, SetT):
            verb = {ast.BitOr: "update", ast.BitAnd: "intersection_update", ast.Sub: "difference_update",
                    ast.BitXor: "symmetric_difference_update"}[type(op)]
            self.rt(set_fn(t, verb), [cur, self.expr(s.value, t)], None)
            return None
        if isinstance(t, DictT) and t.kind == "Counter":  # += -= |= &=: counts changed in place
            self.mb.use_type(t)
            self.rt(dict_fn(t, "counter_iop"), [cur, self.expr(s.value, t), Const(COUNTER_OPS.index(type(op)), INT)],
                    None)
            return None
        if isinstance(t, DictT) and isinstance(op, ast.BitOr):
            self.rt(dict_fn(t, "update"), [cur, self.expr(s.value, t)], None)
            return None
        if rhs is None:
            rhs = self.expr(s.value)
        if isinstance(t, ClassT) and type(op) in BINARY_DUNDERS:
            r = self.dunder(t, f"__i{BINARY_DUNDERS[type(op)]}__", [cur, rhs])
            if r is not None:
                return r
        return self.binop(op, cur, rhs, s)

    def list_extend(self, recv: Value, src) -> None:
        """recv.extend(src) (and recv += src): a list is appended at once (itself included), any other
        iterable item by item."""
        t = narrow(recv.type, ListT)
        self.mb.use_list(t)
        st = self.inst.expr_types.get(id(src))
        if not isinstance(src, ast.GeneratorExp) and isinstance(st, ListT) and (concrete(st.elem) == t.elem or not isinstance(src, ast.Name)):
            self.rt(list_fn(t, "extend"), [recv, self.expr(src, t)], None)
            return  # (a list of None extending a list of objects: item by item, each None a NULL object)
        self.over_items(src, lambda v: self.rt(list_fn(t, "append"), [recv, self.coerce_num(v, t.elem)], None))

    def stmt_AugAssign(self, s: ast.AugAssign):
        """Evaluation order as CPython: the target's container and key, the current value, the right side,
        the operation, then the store (skipped when the value was changed in place: same object)."""
        target = s.target
        if isinstance(target, ast.Attribute):
            self.augassign_attribute(s)
        elif isinstance(target, ast.Name):
            r = self.var(target.id, target)
            cur = self.snapshot(r)
            rhs = None
            if isinstance(cur.type, OptT) and isinstance(cur.type.inner, (ListT, DequeT, SetT, DictT)):
                cur = self.check_operands(s, [(target, cur)])[0]  # changed in place: the right side comes later
            elif isinstance(cur.type, OptT):  # None += x: CPython's TypeError, once x is evaluated
                cur, rhs = self.check_operands(s, [(target, cur), (s.value, self.expr(s.value, check=False))])
            res = self.augmented(s, cur, rhs)
            if res is not None:
                self.emit(Assign(r, self.coerce_num(res, r.type), self.line))
        elif isinstance(target, ast.Subscript) and isinstance(self.inst.expr_types.get(id(target.value)), DictT):
            d = self.expr(target.value)
            dt = narrow(d.type, DictT)
            key = self.key_value(self.expr(target.slice), dt.key)
            cur = self.dict_load(d, key) if dt.kind else self.rt(dict_fn(dt, "get"), [d, key], dt.value, raises=True)
            res = self.augmented(s, cur)
            if res is not None:
                self.rt(dict_fn(dt, "set"), [d, key, self.coerce_num(res, dt.value)], None)
        elif isinstance(target, ast.Subscript) and isinstance(self.inst.expr_types.get(id(target.value)), ClassT):
            obj = self.expr(target.value)  # obj[key] op= v: __getitem__, the operation, __setitem__
            key = self.expr(target.slice)
            cls = narrow(obj.type, ClassT)
            got = self.dunder(cls, "__getitem__", [obj, key])
            assert got is not None  # inference typed the __getitem__ call
            res = self.augmented(s, got)
            if res is not None:
                self.dunder(cls, "__setitem__", [obj, key, res])
        elif isinstance(target, ast.Subscript) and isinstance(self.inst.expr_types.get(id(target.value)), DequeT):
            dq = self.expr(target.value)
            idx = self.as_int(self.expr(target.slice))
            dqt = narrow(dq.type, DequeT)
            cur = self.rt(deque_fn(dqt, "get"), [dq, idx], dqt.elem, raises=True)
            res = self.augmented(s, cur)
            if res is not None:
                self.rt(deque_fn(dqt, "set"), [dq, idx, self.coerce_num(res, dqt.elem)], None, raises=True)
        elif isinstance(target, ast.Subscript) and self.inst.expr_types.get(id(target.value)) == BYTEARRAY:
            ba = self.expr(target.value)
            idx = self.as_int(self.expr(target.slice))
            cur = self.rt("pyz_bytearray_getitem", [ba, idx], INT, raises=True)
            res = self.augmented(s, cur)
            assert res is not None
            self.rt("pyz_bytearray_setitem", [ba, idx, self.as_int(res)], None, raises=True)
        elif isinstance(target, ast.Subscript):
            lst = self.expr(target.value)
            idx = self.as_int(self.expr(target.slice))
            cur = self.list_get(lst, idx)
            res = self.augmented(s, cur)
            if res is not None and isinstance(lst.type, ArrayT):
                self.emit(ListSet(lst, idx, array_stored(self, lst.type, res), self.line))
            elif res is not None:
                self.emit(ListSet(lst, idx, self.coerce_num(res, narrow(lst.type, ListT).elem), self.line))

    def stmt_Delete(self, s: ast.Delete):
        for t in s.targets:
            if isinstance(t, ast.Name):
                r = self.var(t.id, t)
                self.emit(Assign(r, r, self.line, unbinds=True))
                continue
            if isinstance(t, ast.Attribute):
                self.delete_field(self.expr(t.value), t.attr)
                continue
            assert isinstance(t, ast.Subscript)  # the only other del target check.py accepts
            c = self.expr(t.value)
            if isinstance(t.slice, ast.Slice):
                self.rt(list_fn(c.type, "delslice"), [c] + self.slice_args(t.slice), None, raises=True)
                continue
            if isinstance(c.type, DictT):
                self.rt(dict_fn(c.type, "del"), [c, self.key_value(self.expr(t.slice), c.type.key)], None, raises=True)
            else:
                idx = self.as_int(self.expr(t.slice))
                self.rt(list_fn(c.type, "pop"), [c, idx], narrow(c.type, ListT).elem, raises=True)

    def stmt_If(self, s: ast.If):
        known = static_none_test(s.test, self.inst.expr_types)
        if known is not None:  # `if grid is not None:` where grid's type says: only the branch taken
            self.body(s.body if known else s.orelse)
            return
        then, other, done = self.new_block(), self.new_block(), self.new_block()
        self.cond(s.test, then, other)
        self.set_block(then)
        self.body(s.body)
        self.goto(done)
        self.set_block(other)
        self.body(s.orelse)
        self.goto(done)
        self.set_block(done)

    def stmt_While(self, s: ast.While):
        head, body, orelse, done = self.new_block(), self.new_block(), self.new_block(), self.new_block()
        self.goto(head)
        self.set_block(head)
        self.at(s)
        self.cond(s.test, body, orelse)
        self.set_block(body)
        self.loops.append(LoopTargets(done, head, len(self.finallies)))
        self.body(s.body)
        self.loops.pop()
        self.goto(head)
        self.set_block(orelse)
        self.body(s.orelse)
        self.goto(done)
        self.set_block(done)

    def stmt_For(self, s: ast.For):
        orelse, done = self.new_block(), self.new_block()

        cursor, bind = self.iteration(s.target, s.iter)
        cursor.init()
        if self.iterates_nothing(s.iter):  # its items have no type: there are none, the body never runs
            self.goto(orelse)
            self.set_block(orelse)
            self.body(s.orelse)
            self.goto(done)
            self.set_block(done)
            return
        head, body = self.new_block(), self.new_block()
        self.goto(head)
        self.set_block(head)
        self.at(s)
        more = cursor.more()
        self.emit(Branch(more, body, orelse, self.line))
        self.set_block(body)
        bind(cursor.fetch())
        self.loops.append(LoopTargets(done, head, len(self.finallies)))
        self.body(s.body)
        self.loops.pop()
        self.goto(head)
        self.set_block(orelse)
        self.body(s.orelse)
        self.goto(done)
        self.set_block(done)

    # ------------------------------------------------------------ iteration
    def iteration(self, target, iter_node) -> tuple[Cursor, Callable[[Value], None]]:
        """A cursor over iter_node and a function that binds each item to target (unpacking tuples)."""
        return self.cursor(iter_node), lambda item: self.store(target, item)

    def enumerate_cursor(self, node: ast.Call) -> Cursor:
        inner = self.cursor(node.args[0])
        counter = self.temp(INT)
        start = self.as_int(self.expr(node.args[1])) if len(node.args) > 1 else Const(0, INT)

        def init():
            self.emit(Assign(counter, start, self.line))
            inner.init()

        def fetch():
            item = inner.fetch()
            pair = self.make_tuple([counter, item])
            self.emit(Prim(counter, "int_add", [counter, Const(1, INT)], self.line, True))
            return pair

        return Cursor(init, inner.more, fetch)

    def zip_cursor(self, node: ast.Call) -> Cursor:
        cursors = [self.cursor(a) for a in node.args]

        def init():
            for c in cursors:
                c.init()

        def more():
            # all(c.more() for c in cursors), in order: zip stops at the shortest
            result = self.temp(BOOL)
            done = self.new_block()
            self.emit(Assign(result, Const(False, BOOL), self.line))
            for c in cursors:
                ok = c.more()
                nxt = self.new_block()
                self.emit(Branch(ok, nxt, done, self.line))
                self.set_block(nxt)
            self.emit(Assign(result, Const(True, BOOL), self.line))
            self.goto(done)
            self.set_block(done)
            return result

        return Cursor(init, more, lambda: self.make_tuple([c.fetch() for c in cursors]))

    def make_tuple(self, items: list[Value]) -> Reg:
        t = TupleT(tuple(i.type for i in items))
        self.mb.use_type(t)
        dst = self.temp(t)
        self.emit(MakeTuple(dst, items, self.line))
        return dst

    def cursor(self, node) -> Cursor:
        t = self.inst.expr_types.get(id(node))
        info = self.inst.calls.get(id(node))
        if info is not None and info.kind == "builtin" and info.name in ("enumerate", "zip"):
            return self.enumerate_cursor(node) if info.name == "enumerate" else self.zip_cursor(node)
        if t == RANGE:
            return self.range_cursor(node)
        if isinstance(t, IterT):  # itertools: primitives/itertools_ops.py
            return iterator_cursor(self, node, t)
        if isinstance(t, ViewT):
            d = self.expr(node.func.value)
            return self.hash_cursor(d, t.kind)
        if t == ITER:  # reversed(x)
            return self.reversed_cursor(node.args[0])
        if isinstance(node, ast.GeneratorExp):
            raise self.source.error(node, "a generator expression cannot be iterated here yet")
        if isinstance(node, ast.Set) and isinstance(t, SetT) and getattr(node, "pyzc_frozenset_order", None) is not None:
            v = self.const_frozenset(node, t)  # CPython iterates the frozenset constant itself
        else:
            v = self.expr(node)
        if t == BOTTOM:  # an item of a container that is always empty (`[c for c in row] for row in []`): no items
            return Cursor(lambda: None, lambda: Const(False, BOOL), lambda: Const(0, INT))
        if isinstance(v.type, ClassT):  # the iterator protocol: obj.__iter__(), then its __next__ (build_generators.py)
            v = self.iterated_object(v)
            if isinstance(v.type, ClassT):
                return self.object_cursor(v)
        if isinstance(v.type, TupleT):  # a homogeneous tuple: iterate over a list of its items
            lt = ListT(tuple_items_type(v.type))
            self.mb.use_type(lt)
            items = [self.coerce_num(self.tuple_get(v, i), lt.elem) for i in range(len(v.type.elems))]
            lst = self.temp(lt)
            self.emit(NewList(lst, items, self.line))
            v = lst
        if v.type == STR:
            return self.str_cursor(v)
        if v.type in (BYTES, BYTEARRAY):
            return self.bytes_cursor(v)
        if isinstance(v.type, ListT):
            return self.list_cursor(v)
        if isinstance(v.type, DictT):
            return self.hash_cursor(v, "keys")
        if isinstance(v.type, SetT):
            return self.hash_cursor(v, "set")
        if isinstance(v.type, DequeT):
            return self.deque_cursor(v)
        if v.type == FILE:
            return file_cursor(self, v)
        if isinstance(v.type, SeqIterT):
            return self.seq_iter_cursor(v)
        if isinstance(v.type, (GenT, GenU)):
            return self.gen_cursor(v)
        raise self.source.error(node, f"cannot iterate over {v.type}")

    def seq_iter_cursor(self, it: Value) -> Cursor:
        """`for x in it` over iter(xs): continues from the iterator's position, and advances it."""
        held = self.temp(it.type)
        item: list[Value] = []

        def init():
            self.emit(Assign(held, it, self.line))

        def more():
            more, value = self.iter_step(held)
            item[:] = [value]
            return more

        return Cursor(init, more, lambda: item[0])

    def iter_step(self, it: Value) -> tuple[Value, Value]:
        """(whether the iterator has an item, that item): the item is fetched (and the iterator
        advanced) on the path where there is one."""
        t = narrow(it.type, SeqIterT)
        value = self.temp(t.elem)
        if t.src == STR:
            more = self.rt("pyz_str_iter_more", [it], BOOL)
            got, end = self.new_block(), self.new_block()
            self.emit(Branch(more, got, end, self.line))
            self.set_block(got)
            self.emit(CallRuntime(value, "pyz_str_iter_next", [it], self.line, False))
            self.goto(end)
            self.set_block(end)
            return more, value
        self.mb.use_list(t.src)
        seq = self.prim("iter_seq", [it], t.src)
        pos = self.prim("iter_pos", [it], INT)
        more = self.prim("int_lt", [pos, self.prim("container_len", [seq], INT)], BOOL)
        got, end = self.new_block(), self.new_block()
        self.emit(Branch(more, got, end, self.line))
        self.set_block(got)
        self.emit(Prim(value, "list_item", [seq, pos], self.line, False))
        self.emit(Prim(None, "iter_advance", [it], self.line, False))
        self.goto(end)
        self.set_block(end)
        return more, value

    def next_item(self, node):
        """next(it[, default]) (primitives/iterator_ops.py): the next item, else the default or StopIteration."""
        it = self.expr(node.args[0])
        rt = concrete(self.type_of(node))
        dflt = self.coerce_num(self.expr(node.args[1]), rt) if len(node.args) == 2 else None
        if isinstance(it.type, (GenT, GenU)):
            return self.cursor_next(self.gen_cursor(it), rt, dflt)
        if it.type == FILE:  # next(f): its next line (for line in f's step)
            return self.cursor_next(file_cursor(self, it), rt, dflt)
        if isinstance(it.type, ClassT):
            if dflt is None:  # StopIteration from __next__ goes on as it is
                v = self.dunder(it.type, "__next__", [it])
                assert v is not None
                return self.coerce_num(v, rt)
            result = self.temp(rt)
            ok, value = self.object_step(it)
            got, done = self.new_block(), self.new_block()
            self.emit(Assign(result, dflt, self.line))
            self.emit(Branch(ok, got, done, self.line))
            self.set_block(got)
            self.emit(Assign(result, self.coerce_num(value, rt), self.line))
            self.goto(done)
            self.set_block(done)
            return result
        result = self.temp(rt)
        more, value = self.iter_step(it)
        got, done, empty = self.new_block(), self.new_block(), self.new_block()
        self.emit(Branch(more, got, empty, self.line))
        self.set_block(got)
        self.emit(Assign(result, self.coerce_num(value, rt), self.line))
        self.goto(done)
        self.set_block(empty)
        if dflt is None:
            self.emit(Raise("StopIteration", None, self.line))
        else:
            self.emit(Assign(result, dflt, self.line))
            self.goto(done)
        self.set_block(done)
        return result

    def range_args(self, node):
        """range(...)'s start and stop values, and its step: an int where it is a constant, else a value.
        A range held in a variable is a (start, stop, step) struct (types/model.RANGE_STRUCT)."""
        info = self.inst.calls.get(id(node)) if isinstance(node, ast.Call) else None
        if info is None or info.kind != "builtin" or info.name != "range":
            v = self.expr(node)
            return self.tuple_get(v, 0), self.tuple_get(v, 1), self.tuple_get(v, 2)
        args = [self.as_int(self.expr(a)) for a in node.args]
        step_node = node.args[2] if len(node.args) == 3 else None
        if len(args) == 1:
            return Const(0, INT), args[0], 1
        if len(args) == 2:
            return args[0], args[1], 1
        step = self.const_int(step_node)
        if step == 0:
            raise self.source.error(step_node, "range() arg 3 must not be zero")
        return args[0], args[1], args[2] if step is None else step

    def range_value(self, node: ast.Call) -> Value:
        """range(...) as a value (r = range(n)): its start, stop and step, the step checked (ValueError on 0)."""
        start, stop, step = self.range_args(node)
        step_v = Const(step, INT) if isinstance(step, int) else step
        if not isinstance(step, int):
            self.rt("pyz_range_len", [start, stop, step_v], INT, raises=True)
        return self.make_tuple([start, stop, step_v])

    def range_item(self, node: ast.Subscript) -> Value:
        """r[i] of a range: start + i * step, IndexError outside (CPython's range_item)."""
        start, stop, step = self.range_args(node.value)
        step_v = Const(step, INT) if isinstance(step, int) else step
        return self.rt("pyz_range_item", [start, stop, step_v, self.as_int(self.expr(node.slice))], INT, raises=True)

    def range_len(self, node: ast.Call) -> Value:
        """len(range(...)): OverflowError, as CPython's, when the length leaves 64 bits."""
        start, stop, step = self.range_args(node)
        step_v = Const(step, INT) if isinstance(step, int) else step
        return self.rt("pyz_range_len_exact", [start, stop, step_v], INT, raises=True)

    def range_contains(self, op, left: Value, node: ast.expr, cmp_node) -> Value:
        """x in range(...): arithmetic, as CPython's range_contains does for an int x."""
        if not isinstance(op, (ast.In, ast.NotIn)):
            raise self.source.error(cmp_node, "comparing a range is not supported yet")
        if left.type not in (INT, BOOL):
            raise self.source.error(cmp_node, f"'{left.type} in range' is not supported yet")
        start, stop, step = self.range_args(node)
        step_v = Const(step, INT) if isinstance(step, int) else step
        v = self.rt("pyz_range_contains", [self.as_int(left), start, stop, step_v], BOOL, raises=True)
        return v if isinstance(op, ast.In) else self.prim("bool_not", [v], BOOL)

    def range_cursor(self, node: ast.Call) -> Cursor:
        start, stop, step = self.range_args(node)
        cur = self.temp(INT)
        end = self.temp(INT)
        if isinstance(step, int) and step in (1, -1):
            # cur < stop (or >) implies cur + step cannot overflow
            def init():
                self.emit(Assign(cur, start, self.line))
                self.emit(Assign(end, stop, self.line))

            def more():
                return self.prim("int_lt" if step == 1 else "int_gt", [cur, end], BOOL)

            def fetch():
                v = self.temp(INT)
                self.emit(Assign(v, cur, self.line))
                self.emit(Prim(cur, "int_add_nocheck", [cur, Const(step, INT)], self.line))
                return v
            return Cursor(init, more, fetch)
        # General step: count the items first (ValueError on step 0), then index.
        step_v = Const(step, INT) if isinstance(step, int) else step
        return self.counted_range_cursor(start, stop, step_v, cur, end, reverse=False)

    def counted_range_cursor(self, start, stop, step_v, cur: Reg, end: Reg, reverse: bool) -> Cursor:
        """The items of range(start, stop, step), counted by pyz_range_len, from the first up or
        (reversed(range(...)), CPython's range_reverse) from the last down."""
        idx = self.temp(INT)

        def init():
            if not reverse:
                self.emit(Assign(cur, start, self.line))
            self.emit(CallRuntime(end, "pyz_range_len", [start, stop, step_v], self.line, True))
            if reverse:
                self.emit(CallRuntime(cur, "pyz_range_last", [start, end, step_v], self.line, False))
            self.emit(Assign(idx, Const(0, INT), self.line))

        def more():
            return self.prim("int_lt", [idx, end], BOOL)

        def fetch():
            v = self.temp(INT)
            self.emit(Assign(v, cur, self.line))
            self.emit(Prim(idx, "int_add_nocheck", [idx, Const(1, INT)], self.line))
            # the step past the last item may leave 64 bits: computed wrapping, it is not used
            self.emit(Prim(cur, "int_sub_wrap" if reverse else "int_add_wrap", [cur, step_v], self.line))
            return v
        return Cursor(init, more, fetch)

    def list_cursor(self, lst: Value) -> Cursor:
        idx = self.temp(INT)
        seq = self.temp(lst.type)
        elem = narrow(lst.type, ListT).elem

        def init():
            self.emit(Assign(seq, lst, self.line))
            self.emit(Assign(idx, Const(0, INT), self.line))

        def more():
            n = self.prim("container_len", [seq], INT)
            return self.prim("int_lt", [idx, n], BOOL)

        def fetch():
            v = self.prim("list_item", [seq, idx], elem)
            self.emit(Prim(idx, "int_add_nocheck", [idx, Const(1, INT)], self.line))
            return v
        return Cursor(init, more, fetch)

    def hash_cursor(self, container: Value, kind: str) -> Cursor:
        """Over a dict (its keys, values or items) or a set, in their own order; a change of size
        meanwhile raises RuntimeError as CPython's iterators do."""
        t = container.type
        seq = self.temp(t)
        size = self.temp(INT)
        pos = self.temp(INT)
        is_dict = isinstance(t, DictT)
        next_fn = dict_fn(t, "next") if is_dict else set_fn(t, "next")
        message = "dictionary changed size during iteration" if is_dict else "Set changed size during iteration"

        def init():
            self.emit(Assign(seq, container, self.line))
            self.emit(Prim(size, "container_len", [seq], self.line))
            self.emit(call_runtime(pos, next_fn, [seq, Const(0, INT)], self.line))

        def more():
            changed, ok = self.new_block(), self.new_block()
            n = self.prim("container_len", [seq], INT)
            self.emit(Branch(self.prim("int_ne", [n, size], BOOL), changed, ok, self.line))
            self.set_block(changed)
            self.emit(Raise("RuntimeError", message, self.line))
            self.set_block(ok)
            return self.prim("int_ge", [pos, Const(0, INT)], BOOL)

        def fetch():
            if not is_dict:
                item = self.prim("set_key", [seq, pos], t.elem)
            elif kind == "keys":
                item = self.prim("dict_key", [seq, pos], t.key)
            elif kind == "values":
                item = self.prim("dict_value", [seq, pos], t.value)
            else:
                k = self.prim("dict_key", [seq, pos], t.key)
                v = self.prim("dict_value", [seq, pos], t.value)
                tt = TupleT((t.key, t.value))
                self.mb.use_type(tt)
                item = self.temp(tt)
                self.emit(MakeTuple(item, [k, v], self.line))
            nxt = self.prim("int_add_nocheck", [pos, Const(1, INT)], INT)
            self.emit(call_runtime(pos, next_fn, [seq, nxt], self.line))
            return item
        return Cursor(init, more, fetch)

    def str_cursor(self, s: Value) -> Cursor:
        pos = self.temp(INT)
        seq = self.temp(STR)

        def init():
            self.emit(Assign(seq, s, self.line))
            self.emit(Assign(pos, Const(0, INT), self.line))

        def more():
            n = self.prim("str_bytes", [seq], INT)
            return self.prim("int_lt", [pos, n], BOOL)

        def fetch():
            return self.prim("str_next", [seq, pos], STR)
        return Cursor(init, more, fetch)

    def bytes_cursor(self, s: Value) -> Cursor:
        """for x in b: each byte as an int (a bytearray's length is read at each step, as CPython does)."""
        pos = self.temp(INT)
        seq = self.temp(s.type)

        def init():
            self.emit(Assign(seq, s, self.line))
            self.emit(Assign(pos, Const(-1, INT), self.line))

        def more():
            self.emit(Assign(pos, self.prim("int_add_nocheck", [pos, Const(1, INT)], INT), self.line))
            return self.prim("int_lt", [pos, self.prim("bytes_len", [seq], INT)], BOOL)

        def fetch():
            return self.prim("bytes_at", [seq, pos], INT)
        return Cursor(init, more, fetch)

    def reversed_range_cursor(self, node: ast.Call) -> Cursor:
        """reversed(range(...)): the same items from the last down."""
        start, stop, step = self.range_args(node)
        step_v = Const(step, INT) if isinstance(step, int) else step
        return self.counted_range_cursor(start, stop, step_v, self.temp(INT), self.temp(INT), reverse=True)

    def reversed_cursor(self, node) -> Cursor:
        if self.inst.expr_types.get(id(node)) == RANGE:
            return self.reversed_range_cursor(node)
        v = self.expr(node)
        if v.type == STR:
            rev = self.rt("pyz_str_slice", [v, Const(0, INT), Const(0, INT), Const(-1, INT), Const(0, INT), Const(0, INT)], STR, raises=True)
            return self.str_cursor(rev)
        idx = self.temp(INT)
        seq = self.temp(v.type)

        def init():
            self.emit(Assign(seq, v, self.line))
            n = self.prim("container_len", [seq], INT)
            self.emit(Prim(idx, "int_sub_nocheck", [n, Const(1, INT)], self.line))

        def more():
            # CPython's reversed() stops when the index leaves the (possibly shrunk) list
            n = self.prim("container_len", [seq], INT)
            return self.prim("index_in", [idx, n], BOOL)

        def fetch():
            item = self.prim("list_item", [seq, idx], v.type.elem)
            self.emit(Prim(idx, "int_sub_nocheck", [idx, Const(1, INT)], self.line))
            return item
        return Cursor(init, more, fetch)

    def comprehension(self, generators, on_item: Callable[[], object], done: Block):
        """Nested loops over the generators, calling on_item for each surviving item; then continue at done."""

        def level(k: int, exit_blk: Block):
            gen = generators[k]
            cursor, bind = self.iteration(gen.target, gen.iter)
            cursor.init()
            if self.iterates_nothing(gen.iter):  # no items: no element is made
                self.goto(exit_blk)
                return
            head, body = self.new_block(), self.new_block()
            self.goto(head)
            self.set_block(head)
            self.emit(Branch(cursor.more(), body, exit_blk, self.line))
            self.set_block(body)
            bind(cursor.fetch())
            for c in gen.ifs:
                ok = self.new_block()
                self.cond(c, ok, head)
                self.set_block(ok)
            if k + 1 < len(generators):
                level(k + 1, head)
            else:
                on_item()
                self.goto(head)

        level(0, done)
        self.set_block(done)

    # ------------------------------------------------------------ conditions
    def cond(self, node, then: Block, other: Block):
        if isinstance(node, ast.BoolOp):
            values = list(node.values)
            for i, v in enumerate(values):  # after an operand whose value is known here, nothing runs
                known = static_none_test(v, self.inst.expr_types)
                if known is not None and known == isinstance(node.op, ast.Or):
                    values = values[:i + 1]
                    break
            for i, v in enumerate(values):
                if i == len(values) - 1:
                    self.cond(v, then, other)
                else:
                    nxt = self.new_block()
                    if isinstance(node.op, ast.And):
                        self.cond(v, nxt, other)
                    else:
                        self.cond(v, then, nxt)
                    self.set_block(nxt)
            return
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            self.cond(node.operand, other, then)
            return
        test = self.truth(self.expr(node))
        self.emit(Branch(test, then, other, self.line))

    def truth(self, v: Value) -> Value:
        t = v.type
        if t == BOOL:
            return v
        if isinstance(t, OptT):
            return self.opt_case(v, BOOL, lambda: Const(False, BOOL), self.truth)
        if t == NONE:
            return Const(False, BOOL)
        if t == INT:
            return self.prim("int_truth", [v], BOOL)
        if t == FLOAT:
            return self.prim("float_truth", [v], BOOL)
        if t == NUM:
            return self.prim("num_truth", [v], BOOL)
        if t == STR:
            return self.prim("str_truth", [v], BOOL)
        if t in (BYTES, BYTEARRAY):
            return self.prim("bytes_truth", [v], BOOL)
        if isinstance(t, (ListT, DictT, SetT, DequeT)):
            return self.prim("container_truth", [v], BOOL)
        if isinstance(t, TupleT):  # evaluated already; its length is in its type
            return Const(len(t.elems) > 0, BOOL)
        if isinstance(t, ClassT):
            return self.object_truth(v)
        if isinstance(t, FuncT):  # a function is true
            return Const(True, BOOL)
        if t == FILE:  # a file is always true
            return Const(True, BOOL)
        raise AssertionError(f"no truth value for {t}")

    def object_truth(self, v: Value) -> Value:
        """An object's truth: None is false; else its __bool__, else its __len__ is not 0 (CPython's
        ValueError when it is negative), else true (inference recorded which: Inferencer.object_truth)."""
        t = narrow(v.type, ClassT)
        calls = self.mb.typed.dunder_calls
        which = next((d for d in ("__bool__", "__len__") if (t.name, d, ()) in calls), None)
        if which is None:
            return self.prim("obj_truth", [v], BOOL)
        result = self.temp(BOOL)
        none, some, done = self.new_block(), self.new_block(), self.new_block()
        self.emit(Branch(self.prim("obj_truth", [v], BOOL), some, none, self.line))  # obj_truth: not None
        self.set_block(none)
        self.emit(Assign(result, Const(False, BOOL), self.line))
        self.goto(done)
        self.set_block(some)
        r = self.dunder(t, which, [v])
        assert r is not None
        if which == "__len__":
            r = self.as_int(r)
            bad, ok = self.new_block(), self.new_block()
            self.emit(Branch(self.prim("int_lt", [r, Const(0, INT)], BOOL), bad, ok, self.line))
            self.set_block(bad)
            self.emit(Raise("ValueError", "__len__() should return >= 0", self.line))
            self.set_block(ok)
            r = self.prim("int_truth", [r], BOOL)
        self.emit(Assign(result, r, self.line))
        self.goto(done)
        self.set_block(done)
        return result

    # ------------------------------------------------------------ expressions
    def expr(self, node, want: Type | None = None, check: bool = True) -> Value:
        """Lower an expression.  `want` is the type the context needs: an empty list
        (`[]`, `list()`, `[[] for ...]`) takes its element type from it.  check=False: a value that
        may be None where its use needs a value is returned unchecked (its user checks it once its
        other operands are evaluated, as CPython does: check_operands)."""
        if isinstance(want, OptT):
            want = want.inner
        if want is not None and type(node).__name__ in ("List", "ListComp", "Call", "BinOp", "IfExp", "Dict",
                                                        "DictComp", "Set", "SetComp"):
            t = self.inst.expr_types.get(id(node))
            if isinstance(t, (ListT, DictT, SetT, DequeT)) and (t.has_bottom() or NONE in walk_types(t)) and type(want) is type(t):
                self.wanted[id(node)] = want
        operands = self.operands_of_nothing(node)
        if operands is not None:
            for operand in operands:
                self.expr(operand)
            return Const(None, concrete(self.inst.expr_types.get(id(node), BOTTOM)))
        meth = getattr(self, "expr_" + type(node).__name__)
        unwrap = self.inst.unwraps.get(id(node))
        if unwrap is None:
            return meth(node)
        # a value that may be None, used where its inner type is needed: lowered as what it is (the
        # node's own type, for its own lowering), then checked
        types = self.inst.expr_types
        inner = types[id(node)]
        types[id(node)] = unwrap[0]
        try:
            v = meth(node)
        finally:
            types[id(node)] = inner
        if unwrap[1] is None:  # a test showed it is not None here (Inferencer.narrowed)
            return self.opt_value(v)
        if not check:
            return v
        error = none_use_error(node, unwrap[1], lambda n: types.get(id(n)))
        assert error is not None, "inference refuses a use of None it cannot name"
        return self.opt_unwrap(v, error)

    def check_operands(self, user, operands: list[tuple[ast.AST, Value]]) -> list[Value]:
        """The values of user's operands, lowered with check=False, checked in order once all are
        evaluated: CPython's error for the first that is None names the others' types as they are
        (`None + None`: 'NoneType' and 'NoneType')."""
        types = self.inst.expr_types
        values = []
        for i, (node, v) in enumerate(operands):
            if not (isinstance(v.type, OptT) and (id(node) in self.inst.unwraps or isinstance(user, ast.AugAssign) and node is user.target)):
                values.append(v)
                continue
            later = [(n, w) for n, w in operands[i + 1:] if isinstance(w.type, OptT) and id(n) in self.inst.unwraps]
            fail, ok = self.new_block(), self.new_block()
            self.emit(Branch(self.opt_is_none(v), fail, ok, self.line))
            self.set_block(fail)
            if later:  # the message names the later operand's type, which may be None too
                other, w = later[0]
                both, one = self.new_block(), self.new_block()
                self.emit(Branch(self.opt_is_none(w), both, one, self.line))
                for blk, other_t in ((both, NONE), (one, types.get(id(other)))):
                    self.set_block(blk)
                    error = none_use_error(node, user, lambda n: other_t if n is other else types.get(id(n)))
                    assert error is not None, "inference refuses a use of None it cannot name"
                    self.emit(Raise(error[0], error[1], self.line))
            else:
                error = none_use_error(node, user, lambda n: types.get(id(n)))
                assert error is not None, "inference refuses a use of None it cannot name"
                self.emit(Raise(error[0], error[1], self.line))
            self.set_block(ok)
            values.append(self.opt_value(v))
        return values

    def opt_is_none(self, v: Value) -> Value:
        """Whether v is None, for a value of any type."""
        if v.type == NONE:
            return Const(True, BOOL)
        if isinstance(v.type, OptT):
            return self.prim("opt_is_none", [v], BOOL)
        if isinstance(v.type, ClassT):
            return self.prim("obj_is_none", [v], BOOL)
        return Const(False, BOOL)

    def opt_value(self, v: Value) -> Value:
        """The value of an OptT known not to be None."""
        return self.prim("opt_value", [v], narrow(v.type, OptT).inner)

    def opt_unwrap(self, v: Value, error: tuple[str, str]) -> Value:
        """v's value where it must not be None: CPython's error (kind, message) if it is."""
        if not isinstance(v.type, OptT):
            return v
        fail, ok = self.new_block(), self.new_block()
        self.emit(Branch(self.opt_is_none(v), fail, ok, self.line))
        self.set_block(fail)
        self.emit(Raise(error[0], error[1], self.line))
        self.set_block(ok)
        return self.opt_value(v)

    def opt_choose(self, cond: Value, a: Value, b: Value) -> Value:
        """a if cond else b (both computed already, of one type)."""
        result = self.temp(a.type)
        yes, no, done = self.new_block(), self.new_block(), self.new_block()
        self.emit(Branch(cond, yes, no, self.line))
        self.set_block(yes)
        self.emit(Assign(result, a, self.line))
        self.goto(done)
        self.set_block(no)
        self.emit(Assign(result, b, self.line))
        self.goto(done)
        self.set_block(done)
        return result

    def dict_contains(self, d: Value, key: Value) -> Value:
        return self.rt(dict_fn(d.type, "contains"), [d, key], BOOL)

    def opt_case(self, v: Value, t: Type, on_none: Callable[[], Value], on_value: Callable[[Value], Value]) -> Value:
        """on_none() if v is None, else on_value(its value): a value of type t."""
        result = self.temp(t)
        none, some, done = self.new_block(), self.new_block(), self.new_block()
        self.emit(Branch(self.opt_is_none(v), none, some, self.line))
        self.set_block(none)
        self.emit(Assign(result, on_none(), self.line))
        self.goto(done)
        self.set_block(some)
        self.emit(Assign(result, on_value(self.opt_value(v)), self.line))
        self.goto(done)
        self.set_block(done)
        return result

    def iterates_nothing(self, node) -> bool:
        """Whether iterating node gives no items: a container whose items inference gave no type never
        holds any (every store gives them one; sum() of nothing is an int, types/infer.py)."""
        t = self.inst.expr_types.get(id(node))
        info = self.inst.calls.get(id(node))
        if info is not None and info.kind == "builtin" and info.name in ("enumerate", "zip") and isinstance(node, ast.Call):
            return any(self.iterates_nothing(a) for a in (node.args[:1] if info.name == "enumerate" else node.args))
        if t == BOTTOM:
            return True
        if isinstance(t, (ListT, SetT, DequeT)):
            return t.elem == BOTTOM
        if isinstance(t, DictT):
            return t.key == BOTTOM
        if isinstance(t, ViewT):
            return t.dict.key == BOTTOM or (t.kind != "keys" and t.dict.value == BOTTOM)
        if t == ITER and isinstance(node, ast.Call) and node.args:
            return self.iterates_nothing(node.args[0])
        return False

    def operands_of_nothing(self, node) -> list | None:
        """The operands to evaluate in place of an operation on a value that inference gave no type: an
        item of a container that is always empty (`[row[0] for row in grid]`, `len(grid[0])`, with grid
        never filled).  No such value exists when the program runs (reading it raised, or the loop had
        no items; the one exception, sum() of no items, is an int, which CPython would refuse here), so
        the operation is never reached: its operands are evaluated, and its result is a placeholder."""
        types = self.inst.expr_types

        def nothing(n) -> bool:
            return types.get(id(n)) == BOTTOM

        if isinstance(node, (ast.Subscript, ast.Attribute)):
            return [node.value] if nothing(node.value) else None
        if isinstance(node, ast.BinOp) and not nothing(node) and (nothing(node.left) or nothing(node.right)):
            return [node.left, node.right]  # `row + [x]`
        if isinstance(node, ast.Compare):  # `m not in seen` with m an item of nothing; `sum([]) == 0` is an int's
            operands = [node.left] + list(node.comparators)
            if any(nothing(o) for o in operands) and any(types.get(id(o)) not in (BOTTOM, INT, FLOAT, BOOL, None)
                                                          for o in operands):
                return operands
            return None
        if not isinstance(node, ast.Call):
            return None
        info = self.inst.calls.get(id(node))
        if isinstance(node.func, ast.Attribute) and info is not None and info.kind == "method":
            return [node.func.value] if nothing(node.func.value) else None
        args = [a for a in node.args if not isinstance(a, (ast.GeneratorExp, ast.Starred))]
        if info is None and any(nothing(a) for a in args):  # f(row): the call was never typed
            return args
        if info is not None and info.kind == "builtin" and info.name in NEEDS_AN_ITERABLE and len(node.args) == 1 \
                and nothing(node.args[0]):
            return args
        return None

    def list_type_of(self, node) -> Type:
        """The type of a list-valued node, with unknown element types taken from the context."""
        want = self.wanted.get(id(node))
        t = want if want is not None else self.type_of(node)
        return t.inner if isinstance(t, OptT) else t  # `[None, []]`: the list display itself is never None

    def expr_Constant(self, node):
        return Const(node.value, self.type_of(node))

    def expr_Name(self, node: ast.Name):
        if node.id == "__name__" and not self.is_variable(node.id):
            return Const("__main__", STR)
        named = self.inferred(node)
        if isinstance(named, FuncT) and not self.is_variable(node.id):  # a function (or builtin) as a value
            return self.function_const(named.names[0], self.type_of(node))
        r = self.var(node.id, node)
        if not r.is_global:
            self.pending_reads.append(r)
        return self.snapshot(r)

    def snapshot(self, r: Reg) -> Value:
        """A module global's value now, in a temporary: a call later in the same expression may assign
        the global (`print(g, bump_g())` prints the old g, as CPython does).  Locals need no copy."""
        if not r.is_global:
            return r
        t = self.temp(r.type)
        self.emit(Assign(t, r, self.line))
        return t

    def is_variable(self, name: str) -> bool:
        return "@" in name or name in self.mb.program.globals or (not self.func.is_module and name in self.func.locals)

    def as_int(self, v: Value) -> Value:
        """v where an int is needed: a bool as 0 or 1; a number of several types checked to hold an
        int or a bool (TypeError "'float' object cannot be interpreted as an integer")."""
        if v.type == BOOL:
            if isinstance(v, Const):
                assert isinstance(v.value, (int, float)), v
                return Const(int(v.value), INT)
            return self.prim("bool_to_int", [v], INT)
        if v.type == NUM:
            return self.rt("pyz_num_as_index", [v], INT, raises=True)
        return v

    def as_float(self, v: Value) -> Value:
        if v.type == FLOAT:
            return v
        if v.type == NUM:
            return self.prim("num_as_float", [v], FLOAT)
        if isinstance(v, Const):
            assert isinstance(v.value, (int, float)), v
            return Const(float(v.value), FLOAT)
        return self.prim("int_to_float", [self.as_int(v)], FLOAT)

    def as_num(self, v: Value) -> Value:
        """A number of any type as a number of several types (PyzNum)."""
        if v.type == NUM:
            return v
        if v.type not in (INT, FLOAT, BOOL):
            raise AssertionError(f"{v.type} is not a number")
        return self.prim(f"num_from_{v.type}", [v], NUM)

    def expr_BinOp(self, node: ast.BinOp):
        t = self.list_type_of(node)
        if isinstance(node.op, ast.Mod) and self.type_of(node.left) == STR:
            return self.percent_format(node)
        if isinstance(node.op, ast.Mod) and self.type_of(node.left) == BYTES:  # types/infer_format.py bytes_percent_type
            return self.rt("pyz_bytes_from_latin1", [self.percent_format(latin1_format(node))], BYTES, raises=True)
        want = t if isinstance(t, ListT) else None
        left = self.expr(node.left, want, check=False)
        right = self.expr(node.right, want, check=False)
        left, right = self.check_operands(node, [(node.left, left), (node.right, right)])
        return self.binop(node.op, left, right, node)

    def binop(self, op, left: Value, right: Value, node) -> Value:
        result_t = self.list_type_of(node)
        kind = ARITH[type(op)]
        lt, rt = left.type, right.type
        if isinstance(lt, ClassT) or isinstance(rt, ClassT):
            return self.binop_dunder(op, left, right, node)
        if result_t == NUM or (NUM in (lt, rt) and result_t == FLOAT and kind == "div"):
            # numbers of several types: the runtime looks at the operands' tags (runtime_c/num.c)
            if kind == "div":
                return self.rt("pyz_num_truediv", [self.as_num(left), self.as_num(right)], FLOAT, raises=True)
            return self.rt("pyz_num_binop", [self.as_num(left), self.as_num(right), Const(NUM_OPS.index(kind), INT)],
                           NUM, raises=True)
        if result_t == STR:
            if kind == "add":
                return self.rt("pyz_str_concat", [left, right], STR)
            s, n = (left, right) if lt == STR else (right, left)
            return self.rt("pyz_str_repeat", [s, self.as_int(n)], STR, raises=True)  # Overflow/MemoryError
        if result_t == BYTEARRAY and kind == "mul":  # a new bytearray of the repeated bytes
            s, n = (left, right) if lt == BYTEARRAY else (right, left)
            rep = self.rt("pyz_bytes_repeat", [s, self.as_int(n)], BYTES, raises=True)
            return self.rt("pyz_bytearray_from", [rep], BYTEARRAY)
        if result_t == BYTEARRAY or result_t == BYTES and BYTEARRAY in (lt, rt):  # a new value: never an operand
            fn = "pyz_bytearray_concat" if result_t == BYTEARRAY else "pyz_bytes_concat_new"
            return self.rt(fn, [left, right], result_t)
        if result_t == BYTES:  # str's concat keeps ncp == len (runtime_c/bytes.c)
            if kind == "add":
                return self.rt("pyz_str_concat", [left, right], BYTES)
            s, n = (left, right) if lt == BYTES else (right, left)
            return self.rt("pyz_bytes_repeat", [s, self.as_int(n)], BYTES, raises=True)
        if isinstance(result_t, TupleT) and kind == "add":  # (a, b) + (c,)
            items: list[Value] = [self.tuple_get(left, i) for i in range(len(narrow(lt, TupleT).elems))]
            items += [self.tuple_get(right, i) for i in range(len(narrow(rt, TupleT).elems))]
            return self.make_tuple([self.coerce_num(x, e) for x, e in zip(items, result_t.elems)])
        if isinstance(result_t, ListT):
            if kind == "add":  # a tuple of known length joins a tuple of any length as one
                left, right = self.coerce_num(left, result_t), self.coerce_num(right, result_t)
                return self.rt(list_fn(result_t, "concat"), [left, right], result_t)
            l, n = (left, right) if isinstance(lt, (ListT, TupleT)) else (right, left)
            l = self.coerce_num(l, result_t)  # (0,) * n: a tuple of known length, repeated to any length
            return self.rt(list_fn(result_t, "repeat"), [l, self.as_int(n)], result_t, raises=True)  # MemoryError
        if isinstance(result_t, DictT):
            self.mb.use_type(result_t)
            left, right = self.coerce_num(left, result_t), self.coerce_num(right, result_t)
            if result_t.kind == "Counter":  # + - | &: a new Counter of the positive counts
                return self.rt(dict_fn(result_t, "counter_binop"), [left, right, Const(COUNTER_OPS.index(type(op)), INT)],
                               result_t)
            d = self.rt(dict_fn(result_t, "copy"), [left], result_t)  # d | e
            self.rt(dict_fn(result_t, "update"), [d, right], None)
            return d
        if isinstance(result_t, SetT):
            verb = {"or": "union", "and": "intersection", "sub": "difference", "xor": "symmetric_difference"}[kind]
            self.mb.use_type(result_t)
            return self.rt(set_fn(result_t, verb), [left, right], result_t)
        if result_t == BOOL:  # bool & | ^ bool
            return self.prim(f"bool_{kind}", [left, right], BOOL)
        if result_t == FLOAT:
            if kind == "pow" and lt != FLOAT and rt != FLOAT:  # int ** negative constant
                return self.rt("pyz_float_pow", [self.as_float(left), self.as_float(right)], FLOAT, raises=True)
            a, b = self.as_float(left), self.as_float(right)
            if kind in FLOAT_RUNTIME:
                if kind == "div" and lt != FLOAT and rt != FLOAT:
                    return self.rt("pyz_int_truediv", [self.as_int(left), self.as_int(right)], FLOAT, raises=True)
                return self.rt(FLOAT_RUNTIME[kind], [a, b], FLOAT, raises=True)
            return self.prim(f"float_{kind}", [a, b], FLOAT)
        a, b = self.as_int(left), self.as_int(right)
        if kind in ("lshift", "rshift") and isinstance(b, Const) and isinstance(b.value, int) and 0 <= b.value <= 62:
            # a constant count: C's shift, with an overflow test for <<
            return self.prim(f"int_{kind}_k", [a, b], INT, raises=kind == "lshift")
        if kind in INT_RUNTIME:
            if kind == "pow" and isinstance(b, Const) and b.value == 2:
                return self.prim("int_mul", [a, a], INT, raises=True)
            return self.rt(INT_RUNTIME[kind], [a, b], INT, raises=True)
        return self.prim(f"int_{kind}", [a, b], INT, raises=kind in INT_RAISING)

    def expr_UnaryOp(self, node: ast.UnaryOp):
        if isinstance(node.op, ast.Not):
            v = self.truth(self.expr(node.operand))
            return self.prim("bool_not", [v], BOOL)
        v = self.expr(node.operand)
        if isinstance(v.type, ClassT):  # the class's __neg__ / __pos__ / __invert__ (inference checked it)
            return self.dunder(v.type, UNARY_DUNDERS[type(node.op)], [v])
        if isinstance(v.type, DictT):  # +c, -c of a Counter
            self.mb.use_type(v.type)
            return self.rt(dict_fn(v.type, "counter_unary"), [v, Const(isinstance(node.op, ast.USub), BOOL)], v.type)
        if isinstance(node.op, ast.UAdd):
            if v.type == NUM:
                return self.rt("pyz_num_pos", [v], NUM)
            return self.as_int(v) if v.type == BOOL else v
        if isinstance(node.op, ast.Invert):
            if v.type == NUM:
                return self.rt("pyz_num_invert", [v], NUM, raises=True)
            return self.prim("int_invert", [self.as_int(v)], INT)
        if v.type == FLOAT:
            return self.prim("float_neg", [v], FLOAT)
        if v.type == NUM:
            return self.rt("pyz_num_neg", [v], NUM, raises=True)
        if isinstance(v, Const) and v.type == INT:
            assert isinstance(v.value, (int, float)), v
            return Const(-v.value, INT) if v.value != -(2**63) else self.prim("int_neg", [v], INT, raises=True)
        return self.prim("int_neg", [self.as_int(v)], INT, raises=True)

    def expr_BoolOp(self, node: ast.BoolOp):
        t = self.type_of(node)
        result = self.temp(t)
        done = self.new_block()
        for i, vn in enumerate(node.values):
            v = self.expr(vn)
            if i == len(node.values) - 1:
                self.emit(Assign(result, self.coerce_num(v, t), self.line))
                self.goto(done)
                break
            if isinstance(v, Reg) and not v.is_global:  # tested, then maybe the result: one evaluation
                keep = self.temp(v.type)
                self.emit(Assign(keep, v, self.line))
                v = keep
            nxt, chosen = self.new_block(), self.new_block()
            truth = self.truth(v)
            if isinstance(node.op, ast.And):
                self.emit(Branch(truth, nxt, chosen, self.line))
            else:
                self.emit(Branch(truth, chosen, nxt, self.line))
            self.set_block(chosen)
            if isinstance(node.op, ast.Or) and isinstance(v.type, OptT) and not isinstance(t, OptT):
                v = self.opt_value(v)  # `x or default`: x is true here, so not None
            self.emit(Assign(result, self.coerce_num(v, t), self.line))
            self.goto(done)
            self.set_block(nxt)
        self.set_block(done)
        return result

    def expr_IfExp(self, node: ast.IfExp):
        t = self.wanted.get(id(node)) or self.type_of(node)  # may be None: `None if k else v`
        want = t if isinstance(t, ListT) else None
        known = static_none_test(node.test, self.inst.expr_types)
        if known is not None:  # the branch that runs (Inferencer.expr_IfExp); the test has no effect (static_none_test)
            return self.expr(node.body if known else node.orelse, want)
        result = self.temp(t)
        then, other, done = self.new_block(), self.new_block(), self.new_block()
        self.cond(node.test, then, other)
        self.set_block(then)
        self.emit(Assign(result, self.coerce_num(self.expr(node.body, want), t), self.line))
        self.goto(done)
        self.set_block(other)
        self.emit(Assign(result, self.coerce_num(self.expr(node.orelse, want), t), self.line))
        self.goto(done)
        self.set_block(done)
        return result

    def expr_Compare(self, node: ast.Compare):
        types = self.type_comparison(node)  # type(a) is type(b) (build_type_of.py)
        if types is not None:
            return types
        single = len(node.ops) == 1 and self.inst.expr_types.get(id(node.comparators[0])) != RANGE
        left = self.expr(node.left, check=not single)
        if len(node.ops) == 1 and self.inst.expr_types.get(id(node.comparators[0])) == RANGE:
            return self.range_contains(node.ops[0], left, node.comparators[0], node)
        if any(self.inst.expr_types.get(id(c)) == RANGE for c in node.comparators):
            raise self.source.error(node, "a chained comparison with a range is not supported yet")
        if len(node.ops) == 1:
            right = self.expr(node.comparators[0], check=False)
            left, right = self.check_operands(node, [(node.left, left), (node.comparators[0], right)])
            return self.compare(node.ops[0], left, right, node)
        result = self.temp(BOOL)
        done = self.new_block()
        for i, (op, comp) in enumerate(zip(node.ops, node.comparators)):
            right = self.expr(comp)
            if isinstance(right, Reg) and i < len(node.ops) - 1:
                keep = self.temp(right.type)
                self.emit(Assign(keep, right, self.line))
                right = keep
            self.emit(Assign(result, self.compare(op, left, right, node), self.line))
            if i < len(node.ops) - 1:
                nxt = self.new_block()
                self.emit(Branch(result, nxt, done, self.line))
                self.set_block(nxt)
            left = right
        self.goto(done)
        self.set_block(done)
        return result

    def compare(self, op, left: Value, right: Value, node) -> Value:
        lt, rt = left.type, right.type
        if isinstance(op, (ast.In, ast.NotIn)) and (isinstance(lt, OptT) or lt == NONE) and isinstance(rt, (ListT, DequeT, SetT, DictT, TupleT)):
            if not isinstance(rt, TupleT) and not may_be_none(rt.key if isinstance(rt, DictT) else rt.elem):
                return self.contains_optional(op, left, right, node)
            # among a tuple's items, or items that may be None: below
        elif isinstance(lt, OptT) or isinstance(rt, OptT):
            return self.compare_optional(op, left, right, node)
        if isinstance(lt, FuncT) and isinstance(rt, FuncT) and isinstance(op, (ast.Is, ast.IsNot, ast.Eq, ast.NotEq)):
            return self.same_function(op, left, right)
        if isinstance(op, (ast.Is, ast.IsNot)):
            if lt == rt == INT:
                # CPython's ints from -5 to 256 are single objects, so `is` between them is `==`; other ints
                # are compared as values too, where CPython's answer depends on how each was made
                # (docs/SUPPORTED.md, Differences from CPython)
                return self.prim("int_eq" if isinstance(op, ast.Is) else "int_ne", [left, right], BOOL)
            if lt == rt == BOOL:  # True and False are single objects
                differ = self.prim("bool_xor", [left, right], BOOL)
                return differ if isinstance(op, ast.IsNot) else self.prim("bool_not", [differ], BOOL)
            if (isinstance(lt, ClassT) and isinstance(rt, ClassT)) or (lt == rt and isinstance(lt, MUTABLE_CONTAINERS)):
                same = self.prim("obj_same", [left, right], BOOL)
                return same if isinstance(op, ast.Is) else self.prim("bool_not", [same], BOOL)
            if isinstance(lt, ClassT) or isinstance(rt, ClassT):
                obj = left if isinstance(lt, ClassT) else right
                same = self.prim("obj_is_none", [obj], BOOL)
                return same if isinstance(op, ast.Is) else self.prim("bool_not", [same], BOOL)
            if isinstance(lt, MUTABLE_CONTAINERS) and isinstance(rt, MUTABLE_CONTAINERS):  # of two types: two objects
                return Const(not isinstance(op, ast.Is), BOOL)
            identical = (lt == NONE) == (rt == NONE) if (lt == NONE or rt == NONE) else True
            return Const(identical if isinstance(op, ast.Is) else not identical, BOOL)
        if isinstance(op, (ast.In, ast.NotIn)):
            if isinstance(rt, ClassT):  # obj.__contains__(x) (CPython: the truth of its result; None raises)
                r = self.dunder(rt, "__contains__", [right, left])
                assert r is not None, "inference recorded the __contains__ call"
                v = self.truth(r)
            elif isinstance(rt, (DictT, SetT)):
                fn = dict_fn(rt, "contains") if isinstance(rt, DictT) else set_fn(rt, "contains")
                key_t = rt.key if isinstance(rt, DictT) else rt.elem
                v = self.rt(fn, [right, self.key_value(left, key_t)], BOOL)
            elif isinstance(rt, TupleT):
                v = Const(False, BOOL)
                for i in range(len(rt.elems)):
                    eq = self.compare(ast.Eq(), left, self.tuple_get(right, i), node)
                    v = eq if i == 0 else self.prim("bool_or", [v, eq], BOOL)
            elif rt == STR or rt in (BYTES, BYTEARRAY) and lt in (BYTES, BYTEARRAY):
                v = self.rt("pyz_str_contains", [right, left], BOOL)
            elif rt in (BYTES, BYTEARRAY):  # an int among the bytes
                v = self.rt("pyz_bytes_contains_int", [right, self.as_int(left)], BOOL, raises=True)
            elif isinstance(rt, DequeT):
                if rt.elem in (INT, BOOL) and lt == FLOAT:
                    raise self.source.error(node, "'float in deque[int]' is not supported yet")
                v = self.rt(deque_fn(rt, "contains"), [right, self.coerce_num(left, rt.elem)], BOOL)
            elif isinstance(rt, ListT) and isinstance(lt, VarTupleT) and isinstance(opt_inner(rt.elem), TupleT):
                # a tuple of any length among pairs: equal to one only when it is a pair
                v = self.as_fixed_tuple(left, narrow(opt_inner(rt.elem), TupleT), BOOL, lambda: Const(False, BOOL), lambda pair: self.rt(
                    list_fn(rt, "contains"), [right, self.coerce_num(pair, rt.elem)], BOOL))
            elif isinstance(rt, ListT):
                needle = left
                if rt.elem == NUM:
                    needle = self.as_num(left)
                elif rt.elem == FLOAT and lt != FLOAT:
                    needle = self.as_float(left)
                elif rt.elem in (INT, BOOL) and lt == FLOAT:
                    raise self.source.error(node, "'float in list[int]' is not supported yet")
                elif rt.elem == INT and lt == BOOL:
                    needle = self.as_int(left)
                elif isinstance(rt.elem, (VarTupleT, OptT)):  # (1, 2) among tuples of any length; 3 among ints or None
                    needle = self.coerce_num(left, rt.elem)
                v = self.rt(list_fn(rt, "contains"), [right, needle], BOOL)
            else:
                raise self.source.error(node, f"'in' on {rt} is not supported yet")
            return v if isinstance(op, ast.In) else self.prim("bool_not", [v], BOOL)
        kind = CMP[type(op)]
        if isinstance(lt, ClassT) or isinstance(rt, ClassT):
            return self.compare_objects(op, left, right, node)
        if lt == NONE or rt == NONE:
            equal = lt == rt
            return Const(equal if kind == "eq" else not equal, BOOL)
        if NUM in (lt, rt) and lt in (INT, FLOAT, BOOL, NUM) and rt in (INT, FLOAT, BOOL, NUM):
            return self.prim(f"num_{kind}", [self.as_num(left), self.as_num(right)], BOOL)
        if lt in (INT, FLOAT, BOOL) and rt in (INT, FLOAT, BOOL):
            if FLOAT in (lt, rt):
                if lt == FLOAT and rt == FLOAT:
                    return self.prim(f"float_{kind}", [left, right], BOOL)
                # int vs float: exact comparison as CPython does it
                if lt == FLOAT:
                    return self.prim(f"float_int_{kind}", [left, self.as_int(right)], BOOL)
                swapped = {"lt": "gt", "le": "ge", "gt": "lt", "ge": "le", "eq": "eq", "ne": "ne"}[kind]
                return self.prim(f"float_int_{swapped}", [right, self.as_int(left)], BOOL)
            return self.prim(f"int_{kind}", [self.as_int(left), self.as_int(right)], BOOL)
        if lt in (STR, BYTES, BYTEARRAY):
            if kind in ("eq", "ne"):
                v = self.rt("pyz_str_eq", [left, right], BOOL)
                return v if kind == "eq" else self.prim("bool_not", [v], BOOL)
            c = self.rt("pyz_str_cmp", [left, right], INT)
            return self.prim(f"int_{kind}", [c, Const(0, INT)], BOOL)
        if isinstance(lt, DequeT) and kind in ("eq", "ne"):
            self.mb.use_type(lt)
            v = self.rt(deque_fn(lt, "eq"), [left, right], BOOL)
            return v if kind == "eq" else self.prim("bool_not", [v], BOOL)
        if isinstance(lt, DictT) and lt.kind == "Counter":  # a missing key counts 0 (3.10+)
            self.mb.use_type(lt)
            a, b = self.coerce_num(left, lt), self.coerce_num(right, lt)
            test = {"eq": 0, "ne": 0, "le": 1, "lt": 1, "ge": 2, "gt": 2}[kind]
            v = self.rt(dict_fn(lt, "counter_cmp"), [a, b, Const(test, INT)], BOOL)
            if kind in ("eq", "le", "ge"):
                return v
            if kind == "ne":
                return self.prim("bool_not", [v], BOOL)
            eq = self.rt(dict_fn(lt, "counter_cmp"), [a, b, Const(0, INT)], BOOL)
            return self.prim("bool_and", [v, self.prim("bool_not", [eq], BOOL)], BOOL)
        if isinstance(lt, (DictT, SetT)):
            self.mb.use_type(lt)
            if kind in ("eq", "ne"):
                fn = dict_fn(lt, "eq") if isinstance(lt, DictT) else set_fn(lt, "eq")
                v = self.rt(fn, [left, right], BOOL)
                return v if kind == "eq" else self.prim("bool_not", [v], BOOL)
            a, b = (left, right) if kind in ("le", "lt") else (right, left)
            sub = self.rt(set_fn(lt, "issubset"), [a, b], BOOL)
            if kind in ("le", "ge"):
                return sub
            ne = self.prim("bool_not", [self.rt(set_fn(lt, "eq"), [a, b], BOOL)], BOOL)
            return self.prim("bool_and", [sub, ne], BOOL)
        if isinstance(lt, VarTupleT) != isinstance(rt, VarTupleT):  # tuples of known and of any length
            vt = lt if isinstance(lt, VarTupleT) else rt
            left, right, lt = self.coerce_num(left, vt), self.coerce_num(right, vt), vt
        if isinstance(lt, (ListT, TupleT)):
            spec: Callable[[Type, str], SpecFn] = list_fn if isinstance(lt, ListT) else tuple_fn
            self.mb.use_type(lt)
            if kind in ("eq", "ne"):
                v = self.rt(spec(lt, "eq"), [left, right], BOOL)
                return v if kind == "eq" else self.prim("bool_not", [v], BOOL)
            c = self.rt(spec(lt, "cmp"), [left, right], INT)
            return self.prim(f"int_{kind}", [c, Const(0, INT)], BOOL)
        raise self.source.error(node, f"comparison of {lt} and {rt} is not supported yet")

    def as_fixed_tuple(self, v: Value, t: TupleT, result: Type, on_other: Callable[[], Value],
                       on_fixed: Callable[[Value], Value]) -> Value:
        """on_fixed(v as a t) when v, a tuple of any length, has t's length, else on_other(): a tuple of
        another length equals none of t's (`xs.index(p)`, `p in xs`, p a tuple of any length, xs's
        items pairs)."""
        self.mb.use_list(v.type)
        same = self.prim("int_eq", [self.prim("container_len", [v], INT), Const(len(t.elems), INT)], BOOL)
        dst = self.temp(result)
        yes, no, done = self.new_block(), self.new_block(), self.new_block()
        self.emit(Branch(same, yes, no, self.line))
        self.set_block(yes)
        elem = narrow(v.type, ListT).elem
        items = [self.coerce_num(self.prim("list_item", [v, Const(i, INT)], elem), e) for i, e in enumerate(t.elems)]
        self.emit(Assign(dst, on_fixed(self.make_tuple(items)), self.line))
        self.goto(done)
        self.set_block(no)
        self.emit(Assign(dst, on_other(), self.line))
        self.goto(done)
        self.set_block(done)
        return dst

    def contains_optional(self, op, left: Value, right: Value, node) -> Value:
        """`x in xs` where x may be None and xs's items may not: None is among none of them (CPython
        compares None with each item, or hashes it: never equal), a value is looked up as usual."""
        if left.type == NONE:
            found: Value = Const(False, BOOL)
        else:
            found = self.opt_case(left, BOOL, lambda: Const(False, BOOL), lambda x: self.compare(ast.In(), x, right, node))
        return found if isinstance(op, ast.In) else self.prim("bool_not", [found], BOOL)

    def compare_optional(self, op, left: Value, right: Value, node) -> Value:
        """`x is None`, `x == y`, `x is y` of ints, where x may be None (inference allows only these)."""
        negate = isinstance(op, (ast.IsNot, ast.NotEq))
        if NONE in (left.type, right.type):
            v = self.opt_is_none(right if left.type == NONE else left)
        elif isinstance(op, (ast.Is, ast.IsNot)) and opt_inner(left.type) == opt_inner(right.type) == INT:
            return self.compare_optional(ast.NotEq() if negate else ast.Eq(), left, right, node)  # ints: as == (compare)
        elif isinstance(op, (ast.Is, ast.IsNot)):
            raise self.source.error(node, "'is' between values that may be None is not supported yet")
        elif isinstance(left.type, OptT) and isinstance(right.type, OptT):  # equal: both None, or equal values
            def both(a: Value) -> Value:
                return self.opt_case(right, BOOL, lambda: Const(False, BOOL), lambda b: self.compare(ast.Eq(), a, b, node))
            v = self.opt_case(left, BOOL, lambda: self.opt_is_none(right), both)
        else:
            opt, other = (left, right) if isinstance(left.type, OptT) else (right, left)
            v = self.opt_case(opt, BOOL, lambda: Const(False, BOOL),
                              lambda a: self.compare(ast.Eq(), a, other, node) if opt is left else self.compare(ast.Eq(), other, a, node))
        return self.prim("bool_not", [v], BOOL) if negate else v

    def expr_Subscript(self, node: ast.Subscript):
        if self.inst.expr_types.get(id(node.value)) == RANGE and not isinstance(node.slice, ast.Slice):
            return self.range_item(node)
        container = self.expr(node.value)
        t = container.type
        if isinstance(t, ClassT) and not isinstance(node.slice, ast.Slice):  # obj[key]: __getitem__
            return self.dunder(t, "__getitem__", [container, self.expr(node.slice)])
        if isinstance(node.slice, ast.Slice):
            if isinstance(t, TupleT):  # a slice of a tuple of known length: a tuple of any length
                t = self.type_of(node)
                container = self.coerce_num(container, t)
            slicers: dict[Type, str] = {STR: "pyz_str_slice", BYTES: "pyz_bytes_slice", BYTEARRAY: "pyz_bytearray_slice"}
            fn = slicers.get(t) or list_fn(t, "slice")
            return self.rt(fn, [container] + self.slice_args(node.slice), t, raises=True)
        if isinstance(t, TupleT):
            i = self.const_int(node.slice)
            if i is None:  # items of one type: the fields are laid out as an array of it
                n = Const(len(t.elems), INT)
                at = self.rt("pyz_tuple_index", [self.subscript_index(self.expr(node.slice), 1), n], INT, raises=True)
                return self.prim("tuple_item_at", [container, at], t.elems[0])
            return self.tuple_get(container, i + len(t.elems) if i < 0 else i)
        if t == EXC_ARGS:
            return self.rt("pyz_exc_args_item", [container, self.as_int(self.expr(node.slice))], STR, raises=True)
        if isinstance(t, DequeT):
            return self.rt(deque_fn(t, "get"), [container, self.as_int(self.expr(node.slice))], t.elem, raises=True)
        if isinstance(t, DictT):
            key = self.key_value(self.expr(node.slice), t.key)
            if t.kind:
                return self.dict_load(container, key)
            return self.rt(dict_fn(t, "get"), [container, key], t.value, raises=True)
        idx = self.subscript_index(self.expr(node.slice), 2 if t == STR else 1 if isinstance(t, VarTupleT) else 0)
        if t == STR:
            return self.rt("pyz_str_getitem", [container, idx], STR, raises=True)
        if t in (BYTES, BYTEARRAY):
            return self.rt(f"pyz_{t}_getitem", [container, idx], INT, raises=True)
        return self.list_get(container, idx)

    def subscript_index(self, v: Value, kind: int) -> Value:
        """An index of xs[i]: a number of several types is checked to hold an int, with CPython's message
        for a list (kind 0), a tuple (1) or a str (2)."""
        if v.type == NUM:
            return self.rt("pyz_num_as_subscript", [v, Const(kind, INT)], INT, raises=True)
        return self.as_int(v)

    def slice_args(self, sl: ast.Slice) -> list[Value]:
        """start, stop, step, has_start, has_stop: the runtime's slice arguments (arith.c pyz_slice_adjust)."""
        parts = []
        for p in (sl.lower, sl.upper):
            parts.append(self.as_int(self.expr(p)) if p is not None else Const(0, INT))
        step = self.as_int(self.expr(sl.step)) if sl.step is not None else Const(1, INT)
        return parts + [step, Const(int(sl.lower is not None), INT), Const(int(sl.upper is not None), INT)]

    def assign_slice(self, target: ast.Subscript, value) -> None:
        """xs[i:j:k] = iterable, in CPython's order: the value, the list, the slice; then one runtime call
        with the items as a list of the target's type (a list of that type as it is)."""
        lt = self.inst.expr_types.get(id(target.value))
        if not isinstance(lt, ListT):  # a list that is always empty (its type never known): nothing to store
            lt = narrow(self.list_type_of(target.value), ListT)
        self.mb.use_list(lt)
        src_t = self.inst.expr_types.get(id(value))
        if not isinstance(value, ast.GeneratorExp) and src_t == lt:
            items = self.expr(value, lt)
        else:
            items = self.temp(lt)
            self.emit(NewList(items, [], self.line))

            def add(v: Value):
                v = self.coerce_num(v, lt.elem)
                if v.type != lt.elem:  # inference joins the two; an item of another C type is a bug to report here
                    raise self.source.error(value, f"assigning {v.type} items to a slice of a {lt} is not supported yet")
                self.rt(list_fn(lt, "append"), [items, v], None)
            self.over_items(value, add)
        lst = self.expr(target.value)
        assert isinstance(target.slice, ast.Slice)  # assign sends only slice targets here
        self.rt(list_fn(lt, "setslice"), [lst] + self.slice_args(target.slice) + [items], None, raises=True)

    def tuple_get(self, tup: Value, index: int) -> Reg:
        dst = self.temp(narrow(tup.type, TupleT).elems[index])
        self.emit(TupleGet(dst, tup, index, self.line))
        return dst

    def expr_Tuple(self, node: ast.Tuple):
        t = self.type_of(node)
        if isinstance(t, VarTupleT):  # `()`
            return self.new_list(t)
        t = narrow(t, TupleT)
        self.mb.use_type(t)
        items = [self.expr(e, et) for e, et in zip(node.elts, t.elems)]
        dst = self.temp(t)
        self.emit(MakeTuple(dst, items, self.line))
        return dst

    def list_get(self, lst: Value, idx: Value) -> Reg:
        dst = self.temp(narrow(lst.type, ListT).elem)
        self.emit(ListGet(dst, lst, idx, self.line))
        return dst

    def expr_List(self, node: ast.List):
        t = narrow(self.list_type_of(node), ListT)
        self.mb.use_list(t)
        items = [self.coerce_num(self.expr(e, t.elem), t.elem) for e in node.elts]
        dst = self.temp(t)
        self.emit(NewList(dst, items, self.line))
        return dst

    def new_container(self, t: Type) -> Value:
        self.mb.use_type(t)
        fn = dict_fn(t, "new") if isinstance(t, DictT) else set_fn(t, "new")
        return self.rt(fn, [], t)

    def expr_Dict(self, node: ast.Dict):
        t = narrow(self.list_type_of(node), DictT)
        d = self.new_container(t)
        for k, v in zip(node.keys, node.values):
            key = self.key_value(self.expr(k, t.key), t.key)
            self.rt(dict_fn(t, "set"), [d, key, self.coerce_num(self.expr(v, t.value), t.value)], None)
        return d

    def const_frozenset(self, node: ast.Set, t: SetT) -> Value:
        """The frozenset constant CPython makes of a set display of constants, laid out as CPython's
        (frontend/set_constants.py gives the items the module's first equal constant was built from)."""
        lt = ListT(t.elem)
        self.mb.use_type(lt)
        self.mb.use_type(t)
        items = [self.coerce_num(self.expr(node.elts[i]), t.elem) for i in getattr(node, "pyzc_frozenset_order")]
        lst = self.temp(lt)
        self.emit(NewList(lst, items, self.line))
        ptr = self.prim("list_items_ptr", [lst], ITEMS_PTR)
        return self.rt(set_fn(t, "const_frozenset"), [ptr, Const(len(items), INT)], t)

    def expr_Set(self, node: ast.Set):
        t = narrow(self.list_type_of(node), SetT)
        if len(node.elts) > 2 and getattr(node, "pyzc_frozenset_order", None) is not None:
            # CPython folds a constant display into a frozenset and copies it (SET_UPDATE)
            return self.rt(set_fn(t, "copy"), [self.const_frozenset(node, t)], t)
        s = self.new_container(t)
        for e in node.elts:
            self.rt(set_fn(t, "add"), [s, self.coerce_num(self.expr(e, t.elem), t.elem)], None)
        return s

    def expr_DictComp(self, node: ast.DictComp):
        t = self.list_type_of(node)
        d = self.new_container(t)

        def on_item():
            key = self.key_value(self.expr(node.key, t.key), t.key)
            self.rt(dict_fn(t, "set"), [d, key, self.coerce_num(self.expr(node.value, t.value), t.value)], None)

        self.comprehension(node.generators, on_item, self.new_block())
        return d

    def expr_SetComp(self, node: ast.SetComp):
        t = self.list_type_of(node)
        st = self.new_container(t)

        def on_item():
            self.rt(set_fn(t, "add"), [st, self.coerce_num(self.expr(node.elt, t.elem), t.elem)], None)

        self.comprehension(node.generators, on_item, self.new_block())
        return st

    def dict_from(self, node):
        """dict(), dict(mapping) (a copy), dict(pairs), then the keywords, stored in CPython's order."""
        t = self.list_type_of(node)
        if node.args and isinstance(self.inst.expr_types.get(id(node.args[0])), DictT):
            self.mb.use_type(t)
            d = self.rt(dict_fn(t, "copy"), [self.expr(node.args[0], t)], t)
        else:
            d = self.new_container(t)
            if node.args:
                self.over_items(node.args[0], lambda pair: self.dict_store(d, self.tuple_get(pair, 0), self.tuple_get(pair, 1)))
        for kw in node.keywords:
            self.dict_store(d, Const(kw.arg, STR), self.expr(kw.value, t.value))
        return d

    def dict_store(self, d: Value, key: Value, value: Value) -> None:
        t = narrow(d.type, DictT)
        self.rt(dict_fn(t, "set"), [d, self.key_value(key, t.key), self.coerce_num(value, t.value)], None)

    def tuple_from(self, node):
        t = self.type_of(node)
        if not node.args:
            return self.new_list(t)
        if isinstance(node.args[0], ast.GeneratorExp) or not isinstance(self.inferred(node.args[0]), (TupleT, VarTupleT)):
            return self.collect(node.args[0], t)  # a tuple of any length: a list nothing changes
        return self.expr(node.args[0])  # tuple(t) of a tuple is t

    def set_from(self, node):
        t = self.list_type_of(node)
        st = self.new_container(t)
        if node.args:
            self.over_items(node.args[0], lambda v: self.rt(set_fn(t, "add"), [st, self.coerce_num(v, t.elem)], None))
        return st

    def expr_ListComp(self, node: ast.ListComp):
        t = narrow(self.list_type_of(node), ListT)
        dst = self.new_list(t)

        def on_item():
            v = self.coerce_num(self.expr(node.elt, t.elem), t.elem)  # a comprehension made with wider items
            self.rt(list_fn(t, "append"), [dst, v], None)

        self.comprehension(node.generators, on_item, self.new_block())
        return dst

    def expr_JoinedStr(self, node: ast.JoinedStr):
        parts: list[Value] = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                parts.append(Const(v.value, STR))
                continue
            assert isinstance(v, ast.FormattedValue)  # a JoinedStr holds constants and fields only
            val = self.expr(v.value)
            if isinstance(v.format_spec, ast.JoinedStr):  # a constant spec (check.py refuses nested fields)
                spec = "".join(str(p.value) for p in v.format_spec.values if isinstance(p, ast.Constant))
                if v.conversion == ord("r"):
                    val = self.repr_of(val)
                parts.append(self.format_value(val, spec, v))
            elif v.conversion == ord("r"):
                parts.append(self.repr_of(val))
            else:
                parts.append(self.to_str(val))
        dst = self.temp(STR)
        self.emit(BuildStr(dst, parts, self.line))
        return dst

    def format_value(self, v: Value, spec: str, node) -> Value:
        spec_c = Const(spec, STR)
        if v.type == BOOL:
            if spec == "":
                return self.to_str(v)
            v = self.as_int(v)
        if v.type == INT:
            return self.rt("pyz_int_format", [v, spec_c], STR, raises=True)
        if v.type == NUM:
            return self.rt("pyz_num_format", [v, spec_c], STR, raises=True)
        if v.type == FLOAT:
            return self.rt("pyz_float_format", [v, spec_c], STR, raises=True)
        if v.type == STR:
            return self.rt("pyz_str_format", [v, spec_c], STR, raises=True)
        raise self.source.error(node, f"format specs for {v.type} are not supported yet")

    def to_str(self, v: Value) -> Value:
        t = v.type
        if t == STR:
            return v
        if isinstance(t, OptT):
            return self.opt_case(v, STR, lambda: Const("None", STR), self.to_str)
        if t == INT:
            return self.rt("pyz_int_to_str", [v], STR)
        if t == FLOAT:
            return self.rt("pyz_float_to_str", [v], STR)
        if t == BOOL:
            return self.rt("pyz_bool_to_str", [v], STR)
        if t == NUM:
            return self.rt("pyz_num_to_str", [v], STR)
        if t == NONE:
            return Const("None", STR)
        if t == EXC:
            return self.rt("pyz_exc_str", [v], STR)
        if t == EXC_ARGS:
            return self.rt("pyz_exc_args_repr", [v], STR)
        if isinstance(t, ArrayT):
            self.mb.use_list(t)
            return self.rt(list_fn(t, "array_repr"), [v, Const(ord(t.code), INT)], STR)
        if isinstance(t, ListT):
            self.mb.use_list(t)
            return self.rt(list_fn(t, "tuple_repr" if isinstance(t, VarTupleT) else "repr"), [v], STR)
        if isinstance(t, TupleT):
            self.mb.use_type(t)
            return self.rt(tuple_fn(t, "repr"), [v], STR)
        if isinstance(t, DictT):
            if t.kind:
                return self.kinded_dict_repr(v)
            self.mb.use_type(t)
            return self.rt(dict_fn(t, "repr"), [v], STR)
        if isinstance(t, SetT):
            self.mb.use_type(t)
            return self.rt(set_fn(t, "repr"), [v], STR)
        if isinstance(t, DequeT):
            self.mb.use_type(t)
            return self.rt(deque_fn(t, "repr"), [v], STR)
        if isinstance(t, ClassT):
            return self.object_str(v, "str")
        if t in (BYTES, BYTEARRAY):  # str(b) is its repr
            return self.rt(f"pyz_{t}_repr", [v], STR)
        if t == BINFILE:
            return self.rt("pyz_file_binary_repr", [v], STR)
        raise AssertionError(t)

    def repr_of(self, v: Value) -> Value:
        if isinstance(v.type, OptT):
            return self.opt_case(v, STR, lambda: Const("None", STR), self.repr_of)
        if v.type == STR:
            return self.rt("pyz_str_repr", [v], STR)
        if v.type in (BYTES, BYTEARRAY):
            return self.rt(f"pyz_{v.type}_repr", [v], STR)
        if v.type == BINFILE:
            return self.rt("pyz_file_binary_repr", [v], STR)
        if isinstance(v.type, ClassT):
            return self.object_str(v, "repr")
        if v.type == EXC:
            if any(c.builtin_base for c in self.mb.program.classes.values()):  # it may be a user exception object
                return self.prim("exc_repr_any", [v], STR)
            return self.rt("pyz_exc_repr", [v], STR)
        return self.to_str(v)

    def sys_exit(self, node):
        """sys.exit([code]) is `raise SystemExit([code])`: except clauses and finally see it (exc.c ends the program)."""
        values = [self.expr(a) for a in node.args]
        self.raise_builtin("SystemExit", [v for v in values if v.type != NONE])  # sys.exit(None) is SystemExit()
        return Const(None, NONE)

    def expr_Attribute(self, node: ast.Attribute):
        v = self.object_attribute(node)
        if v is not None:
            return v
        v = self.namedtuple_attribute(node)
        if v is None:
            v = self.type_name_attribute(node)
        if v is not None:
            return v
        if node.attr == "args" and self.inst.expr_types.get(id(node.value)) == EXC:
            dst = self.temp(EXC_ARGS)  # the caught exception itself, seen as its arguments
            self.emit(Assign(dst, self.expr(node.value), self.line))
            return dst
        if self.inst.expr_types.get(id(node.value)) == FILE:
            return file_attribute(self, node)
        at = self.inst.expr_types.get(id(node.value))
        if isinstance(at, StructT):  # s.format and s.size: known from its type
            self.expr(node.value)
            return Const(at.fmt, STR) if node.attr == "format" else Const(struct_size(at.fmt), INT)
        if at == HASH:  # h.name, h.digest_size, h.block_size: the runtime's
            t, fn = HASH_ATTRIBUTES[node.attr]
            return self.rt(fn, [self.expr(node.value)], t)
        if isinstance(at, ArrayT):  # a.typecode, a.itemsize: known from its type (the value is still evaluated)
            self.expr(node.value)
            return Const(at.code if node.attr == "typecode" else ITEMSIZE[at.code], ARRAY_ATTRIBUTES[node.attr])
        if node.attr in ("stdin", "stdout", "stderr"):
            return sys_file(self, node.attr)
        if node.attr == "maxsize":
            return Const(2**63 - 1, INT)
        if node.attr == "argv":
            self.mb.use_list(ListT(STR))
            return self.rt("pyz_sys_argv", [], ListT(STR))
        consts = {"pi": 3.141592653589793, "e": 2.718281828459045, "tau": 6.283185307179586,
                  "inf": float("inf"), "nan": float("nan")}
        return Const(consts[node.attr], FLOAT)

    # ------------------------------------------------------------ calls
    def expr_Call(self, node: ast.Call):
        info: CallInfo | None = self.inst.calls.get(id(node))
        if info is None:
            raise self.source.error(node, "cannot infer the types of this call (is it reached only through code whose types are unknown?)")
        if info.kind == "virtual" or (info.kind == "user" and (info.recv_class or info.cls_arg or info.discard or info.self_recv)):
            return self.call_method(info, node)
        if info.kind == "new":
            return self.construct(info)
        if info.kind == "indirect":
            return self.value_call(info, node)
        if info.kind == "nothing":
            return Const(None, NONE)
        if info.kind == "exc_init":
            return self.exception_init(info)
        if info.kind.startswith("namedtuple"):
            v = self.namedtuple_call(info, node)
            assert v is not None, info.kind
            return v
        if info.kind == "user":
            callee = self.mb.instance_name(info.instance_key())
            params = self.mb.typed.instances[info.instance_key()].argtypes
            args = [self.coerce_num(self.expr(a, concrete(p)), concrete(p)) for a, p in zip(info.args, params)]
            rt = concrete(self.mb.typed.instances[info.instance_key()].return_type)
            if rt == BOTTOM:
                rt = NONE
            dst = self.temp(rt)
            self.emit(Call(dst, callee, args, self.line))
            return dst
        if info.kind == "builtin":  # primitives/ declares every one
            return lower_method(self, node, None, BUILTINS, info.name)
        if info.kind in MODULES:  # math, collections...: primitives/
            return lower_method(self, node, None, info.kind, info.name)
        if info.kind == "bytes.fromhex":  # called on the class: b"" as the receiver (primitives/bytes_ops.py)
            return lower_method(self, node, Const(b"", BYTES), "bytes", info.name)
        return self.method_call(node, info.name)

    def print_values(self, node: ast.Call) -> Value:
        """print(...) (primitives/builtin_ops.py): to stdout through print.c, or to a file (build_files.py)."""
        kws = {kw.arg: kw.value for kw in node.keywords}
        if "file" in kws or "flush" in kws:
            return print_to_file(self, node)
        sep = self.expr(kws["sep"]) if "sep" in kws else Const(" ", STR)
        end = self.expr(kws["end"]) if "end" in kws else Const("\n", STR)
        if any(isinstance(a, ast.Starred) for a in node.args):
            self.print_spread(node.args, sep)
        else:
            for i, v in enumerate([self.expr(a) for a in node.args]):
                if i:
                    self.rt("pyz_write_str", [sep], None)
                self.write_value(v)
        # the last write reports what any write of this print raised (an encoding or write error;
        # print.c writes nothing more once one has)
        self.rt("pyz_write_str", [end], None, raises=True)
        return Const(None, NONE)

    def print_spread(self, args: list, sep: Value) -> None:
        """print(a, *items, b): every argument is evaluated first, as in CPython (the items of an
        iterable gathered into a new list; a tuple's taken as they are), then written with a
        separator before every value but the first."""
        parts: list[tuple[bool, Value]] = []  # (a list of items?, value)
        for a in args:
            if not isinstance(a, ast.Starred):
                parts.append((False, self.expr(a)))
                continue
            t = self.type_of(a)
            if isinstance(t, TupleT):
                tup = self.expr(a.value)
                parts += [(False, self.tuple_get(tup, i)) for i in range(len(t.elems))]
            else:
                parts.append((True, self.collect(a.value, narrow(t, ListT))))
        started = self.temp(BOOL)  # a value was written: the next one gets a separator
        self.emit(Assign(started, Const(False, BOOL), self.line))

        def write(v: Value) -> None:
            yes, after = self.new_block(), self.new_block()
            self.emit(Branch(started, yes, after, self.line))
            self.set_block(yes)
            self.rt("pyz_write_str", [sep], None)
            self.goto(after)
            self.set_block(after)
            self.emit(Assign(started, Const(True, BOOL), self.line))
            self.write_value(v)

        for is_items, v in parts:
            if is_items:
                self.run_cursor(self.list_cursor(v), write)
            else:
                write(v)

    def write_value(self, v: Value) -> None:
        """One value of print(), as str() gives it."""
        t = v.type
        if t == INT:
            self.rt("pyz_write_int", [v], None)
        elif t == FLOAT:
            self.rt("pyz_write_float", [v], None)
        elif t == BOOL:
            self.rt("pyz_write_bool", [v], None)
        elif t == NONE:
            self.rt("pyz_write_none", [], None)
        else:
            self.rt("pyz_write_str", [self.to_str(v)], None)

    def num_case(self, v: Value, on_int: Callable[[Value], Value], on_float: Callable[[Value], Value]) -> Value:
        """A number of several types, by its type now: on_int of its int (a bool counts as one), or
        on_float of its float; the result is a number of several types again."""
        result = self.temp(NUM)
        is_float = self.prim("num_is_float", [v], BOOL)
        f_blk, i_blk, done = self.new_block(), self.new_block(), self.new_block()
        self.emit(Branch(is_float, f_blk, i_blk, self.line))
        self.set_block(f_blk)
        self.emit(Assign(result, self.as_num(on_float(self.prim("num_as_float", [v], FLOAT))), self.line))
        self.goto(done)
        self.set_block(i_blk)
        self.emit(Assign(result, self.as_num(on_int(self.rt("pyz_num_as_index", [v], INT))), self.line))
        self.goto(done)
        self.set_block(done)
        return result

    def less(self, a: Value, b: Value, node) -> Value:
        return self.compare(ast.Lt(), a, b, node)

    def minmax(self, node, which: str):
        t = self.type_of(node)
        result = self.temp(t)
        keywords = {kw.arg: kw.value for kw in node.keywords}
        key_fn = keywords.get("key")
        # default= is evaluated before the items are (CPython evaluates the iterable's expression first:
        # the two differ only when both have effects)
        default = self.coerce_num(self.expr(keywords["default"]), t) if "default" in keywords else None
        if default is not None and len(node.args) == 1 and self.iterates_nothing(node.args[0]):
            # no items, ever (a container nothing is stored in): the default, once the iterable is evaluated
            self.evaluate_iterable(node.args[0])
            return default
        best_key = self.temp(self.type_of(key_fn)) if key_fn is not None else None
        item_key: list[Value] = []

        def better(candidate: Value) -> Value:
            # min keeps the first minimum: replace only if candidate < result
            best: Value
            if best_key is not None:  # a key= function
                candidate, best = item_key[-1], best_key
            else:
                best = result
            if isinstance(best.type, OptT):  # CPython compares `item > best` (max), `item < best` (min)
                return self.order_optional(ast.Lt() if which == "min" else ast.Gt(), candidate, best, node)
            if which == "min":
                return self.less(candidate, best, node)
            return self.less(best, candidate, node)

        if len(node.args) > 1:
            self.emit(Assign(result, self.coerce_num(self.expr(node.args[0]), t), self.line))
            for a in node.args[1:]:
                v = self.coerce_num(self.expr(a), t)
                keep = self.temp(t)
                self.emit(Assign(keep, v, self.line))
                yes, done = self.new_block(), self.new_block()
                self.emit(Branch(better(keep), yes, done, self.line))
                self.set_block(yes)
                self.emit(Assign(result, keep, self.line))
                self.goto(done)
                self.set_block(done)
            return result
        first = self.temp(BOOL)
        self.emit(Assign(first, Const(True, BOOL), self.line))
        self.emit(Assign(result, self.zero(t), self.line))

        def on_item(v: Value):
            v = self.coerce_num(v, t)
            keep = self.temp(t)
            self.emit(Assign(keep, v, self.line))
            if key_fn is not None and best_key is not None:
                k = self.temp(best_key.type)
                self.emit(Assign(k, self.apply_key(key_fn, keep), self.line))
                item_key.append(k)
            take, check, done = self.new_block(), self.new_block(), self.new_block()
            self.emit(Branch(first, take, check, self.line))
            self.set_block(check)
            self.emit(Branch(better(keep), take, done, self.line))
            self.set_block(take)
            self.emit(Assign(result, keep, self.line))
            if best_key is not None:
                self.emit(Assign(best_key, item_key[-1], self.line))
            self.emit(Assign(first, Const(False, BOOL), self.line))
            self.goto(done)
            self.set_block(done)

        self.over_items(node.args[0], on_item)
        empty, ok = self.new_block(), self.new_block()
        self.emit(Branch(first, empty, ok, self.line))
        self.set_block(empty)
        if default is not None:
            self.emit(Assign(result, default, self.line))
            self.goto(ok)
        else:
            self.emit(Raise("ValueError", f"{which}() arg is an empty sequence", self.line))
            self.emit(Return(self.zero(self.result_type) if self.result_type != NONE else Const(None, NONE), self.line))
        self.set_block(ok)
        return result

    def evaluate_iterable(self, node) -> None:
        """Evaluate an iterable argument for its effects only, not iterating it (it has no items): a
        generator's first iterable, a dict view's dict, the arguments of enumerate() and zip()."""
        if isinstance(node, ast.GeneratorExp):
            self.evaluate_iterable(node.generators[0].iter)
            return
        info = self.inst.calls.get(id(node))
        if isinstance(node, ast.Call) and info is not None and info.kind == "builtin" and info.name in ("enumerate", "zip", "reversed"):
            for a in node.args:
                self.evaluate_iterable(a)
            return
        if isinstance(self.inferred(node), ViewT) and isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            self.expr(node.func.value)
            return
        self.expr(node)

    def order_optional(self, op, left: Value, right: Value, node) -> Value:
        """left < right (or another ordering) where either may be None: CPython's TypeError naming both
        operands' types when one is None, else the values compared."""
        sym = ORDERINGS[type(op)]

        def fail(a: str, b: str):
            self.emit(Raise("TypeError", f"'{sym}' not supported between instances of '{a}' and '{b}'", self.line))

        def name(v: Value) -> str:
            return python_type_name(v.type.inner if isinstance(v.type, OptT) else v.type)

        left_none, left_some, both_none, right_none, ok = (self.new_block() for _ in range(5))
        self.emit(Branch(self.opt_is_none(left), left_none, left_some, self.line))
        self.set_block(left_none)
        self.emit(Branch(self.opt_is_none(right), both_none, right_none, self.line))
        self.set_block(both_none)
        fail("NoneType", "NoneType")
        self.set_block(right_none)
        fail("NoneType", name(right))
        self.set_block(left_some)
        fail_right = self.new_block()
        self.emit(Branch(self.opt_is_none(right), fail_right, ok, self.line))
        self.set_block(fail_right)
        fail(name(left), "NoneType")
        self.set_block(ok)
        a = self.opt_value(left) if isinstance(left.type, OptT) else left
        b = self.opt_value(right) if isinstance(right.type, OptT) else right
        return self.compare(op, a, b, node)

    def coerce_num(self, v: Value, t: Type) -> Value:
        """v as a value of type t: bools as ints, ints as floats, None as a NULL object, any number
        as a number of several types."""
        if isinstance(v.type, (ListT, DictT, SetT)) and concrete(v.type) != concrete(t) and isinstance(t, type(v.type)) \
                and NONE in walk_types(v.type):  # a list of None where a list of objects goes: another C type
            where = ast.Pass(lineno=self.line, col_offset=0, end_lineno=self.line, end_col_offset=0)
            raise self.source.error(where, f"a {v.type} is used where a {t} is (its None items would be objects); "
                                           "pyzc cannot change a container's item type: make it with an object or start it empty")
        if v.type == NONE and isinstance(t, (ClassT, OptT)):
            return Const(None, t)
        if isinstance(t, OptT) and v.type != t:
            if isinstance(v.type, OptT):  # int | None into int | float | None
                return self.opt_case(v, t, lambda: Const(None, t), lambda x: self.coerce_num(x, t))
            return self.prim("opt_wrap", [self.coerce_num(v, t.inner)], t)
        if t == NUM:
            return self.as_num(v)
        if isinstance(t, TupleT) and isinstance(v.type, TupleT) and t != v.type and len(t.elems) == len(v.type.elems):
            # (1, 2) where a tuple[int, int | float] goes: position by position
            return self.make_tuple([self.coerce_num(self.tuple_get(v, i), e) for i, e in enumerate(t.elems)])
        if isinstance(t, VarTupleT) and isinstance(v.type, VarTupleT) and concrete(v.type) != concrete(t):
            # a tuple of any length whose items convert (`()` among tuples of tuples): item by item
            dst = self.new_list(t)
            if v.type.elem == INT and t.elem not in (FLOAT, NUM) and not isinstance(t.elem, OptT):
                return dst  # `()`, whose items were never known (emitted as ints): nothing to convert
            self.run_cursor(self.list_cursor(v), lambda item: self.rt(list_fn(t, "append"), [dst, self.coerce_num(item, t.elem)], None))
            return dst
        if isinstance(t, VarTupleT) and isinstance(v.type, TupleT):  # (1, 2) where a tuple of any length goes
            self.mb.use_list(t)
            items = [self.coerce_num(self.tuple_get(v, i), t.elem) for i in range(len(v.type.elems))]
            dst = self.temp(t)
            self.emit(NewList(dst, items, self.line))
            return dst
        if v.type == NUM and t != FLOAT:  # inference joins a number of several types only into NUM or float
            raise AssertionError(f"a number of several types where a {t} is needed")
        if t == INT and v.type == BOOL:
            return self.as_int(v)
        if t == FLOAT and v.type != FLOAT:
            return self.as_float(v)
        return v

    def over_items(self, node, on_item: Callable[[Value], object]) -> None:
        """Run on_item for each item of an iterable argument; a generator expression becomes a loop."""
        if isinstance(node, ast.GeneratorExp):
            self.comprehension(node.generators, lambda: on_item(self.expr(node.elt)), self.new_block())
            return
        self.run_cursor(self.cursor(node), on_item)

    def run_cursor(self, cursor: Cursor, on_item: Callable[[Value], object]) -> None:
        cursor.init()
        head, body, done = self.new_block(), self.new_block(), self.new_block()
        self.goto(head)
        self.set_block(head)
        self.emit(Branch(cursor.more(), body, done, self.line))
        self.set_block(body)
        on_item(cursor.fetch())
        self.goto(head)
        self.set_block(done)

    def sum_items(self, node):
        """sum(items[, start]): the start, then each item added in turn, as CPython's int and float paths do.
        The start is evaluated after the iterable (CPython's argument order); of a generator expression
        only its first iterable comes before the start, so inference allows only a start without calls there."""
        t = self.type_of(node)
        acc = self.temp(t)
        items = node.args[0]
        start = node.args[1] if len(node.args) > 1 else next((kw.value for kw in node.keywords if kw.arg == "start"), None)
        cursor = None if isinstance(items, ast.GeneratorExp) else self.cursor(items)
        first = self.zero(INT) if start is None else self.expr(start)
        self.emit(Assign(acc, self.coerce_num(first, t) if t in (FLOAT, NUM) else self.as_int(first), self.line))

        def on_item(v):
            if t == NUM:  # the start's type when there are no items, then each + as CPython does it
                self.emit(CallRuntime(acc, "pyz_num_binop", [acc, self.as_num(v), Const(NUM_OPS.index("add"), INT)],
                                      self.line, True))
            elif t == FLOAT:
                self.emit(Prim(acc, "float_add", [acc, self.as_float(v)], self.line))
            else:
                self.emit(Prim(acc, "int_add", [acc, self.as_int(v)], self.line, True))

        if cursor is None:
            self.over_items(items, on_item)
        else:
            self.run_cursor(cursor, on_item)
        return acc

    def anyall(self, node, is_any: bool):
        result = self.temp(BOOL)
        self.emit(Assign(result, Const(not is_any, BOOL), self.line))
        exit_blk = self.new_block()

        def on_item(v):
            hit, cont = self.new_block(), self.new_block()
            truth = self.truth(v)
            if is_any:
                self.emit(Branch(truth, hit, cont, self.line))
            else:
                self.emit(Branch(truth, cont, hit, self.line))
            self.set_block(hit)
            self.emit(Assign(result, Const(is_any, BOOL), self.line))
            self.goto(exit_blk)
            self.set_block(cont)

        self.over_items(node.args[0], on_item)
        self.goto(exit_blk)
        self.set_block(exit_blk)
        return result

    def collect(self, node, t: ListT) -> Value:
        """A new list holding the items of an iterable argument."""
        self.mb.use_list(t)
        if not isinstance(node, ast.GeneratorExp):
            it = self.inst.expr_types.get(id(node))
            if isinstance(it, ListT):
                return self.rt(list_fn(t, "copy"), [self.expr(node)], t)
        dst = self.new_list(t)
        self.over_items(node, lambda v: self.rt(list_fn(t, "append"), [dst, v], None))
        return dst

    def new_list(self, t: ListT) -> Reg:
        """A new empty list (or empty tuple) of type t."""
        self.mb.use_list(t)
        dst = self.temp(t)
        self.emit(NewList(dst, [], self.line))
        return dst

    def sort_list(self, lst: Value, node):
        """sorted()/list.sort() with their reverse= and key= keywords, in place."""
        kws = {kw.arg: kw.value for kw in node.keywords}
        rev = self.truth(self.expr(kws["reverse"])) if "reverse" in kws else Const(False, BOOL)
        if "key" in kws:
            self.sort_by_key(lst, kws["key"], rev)
        else:
            self.rt(list_fn(lst.type, "sort"), [lst, rev], None)

    def apply_key(self, fn: ast.Lambda, item: Value) -> Value:
        """The key of item: the lambda's body with its parameter bound to item (inline, so the
        body reads the enclosing function's variables directly)."""
        param = self.var(fn.args.args[0].arg)
        self.emit(Assign(param, item, self.line))
        return self.expr(fn.body)

    def sort_by_key(self, lst: Value, fn: ast.Lambda, rev: Value):
        """Decorate, sort, undecorate, as CPython: every key first, in order; then (key, i) pairs sorted
        by sort_first, which compares the keys alone (CPython's timsort on the keys, the items carried
        along), reverse=True included; then the items put in the pairs' order.  (An exception from
        a key's __lt__ leaves the list as it was, where CPython leaves it partly sorted.)"""
        t = lst.type
        kt = self.type_of(fn)
        pair_t = ListT(TupleT((kt, INT)))
        self.mb.use_list(pair_t)
        items = self.rt(list_fn(t, "copy"), [lst], t)
        pairs = self.temp(pair_t)
        self.emit(NewList(pairs, [], self.line))
        i = self.temp(INT)
        self.emit(Assign(i, Const(0, INT), self.line))

        def decorate(item: Value):
            k = self.apply_key(fn, item)
            self.rt(list_fn(pair_t, "append"), [pairs, self.make_tuple([k, i])], None)
            self.emit(Assign(i, self.prim("int_add_nocheck", [i, Const(1, INT)], INT), self.line))

        self.run_cursor(self.list_cursor(items), decorate)
        self.rt(list_fn(pair_t, "sort_first"), [pairs, rev], None)
        self.emit(Assign(i, Const(0, INT), self.line))

        def undecorate(pair: Value):
            index = self.tuple_get(pair, 1)
            self.emit(ListSet(lst, i, self.list_get(items, index), self.line))
            self.emit(Assign(i, self.prim("int_add_nocheck", [i, Const(1, INT)], INT), self.line))

        self.run_cursor(self.list_cursor(pairs), undecorate)

    def exact_sum(self, items, new: Method, add: Method, result: Method) -> Value:
        """math.fsum(items): an exact running sum (runtime_c/math.c), its functions declared in primitives/math_ops.py."""
        acc = self.call_primitive(new, [])
        self.over_items(items, lambda v: self.call_primitive(add, [acc, self.as_float(v)]))
        return self.call_primitive(result, [acc])

    def exact_stats(self, items, kind: int, new: Method, add_float: Method, add_int: Method, result: Method) -> Value:
        """pylib/statistics.py's math._exact_stat(items, kind): mean ... pstdev, exactly (runtime_c/stats.c)."""
        acc = self.call_primitive(new, [Const(kind != 0, BOOL)])

        def add(v: Value):
            if v.type == FLOAT:
                self.call_primitive(add_float, [acc, v])
            else:
                self.call_primitive(add_int, [acc, self.as_int(v)])

        self.over_items(items, add)
        return self.call_primitive(result, [acc, Const(kind, INT)])

    def product(self, items, t: Type) -> Value:
        """math.prod(items): the product of the numbers, an int (overflow checked) or a float."""
        acc = self.temp(t)
        self.emit(Assign(acc, Const(1, INT) if t == INT else Const(1.0, FLOAT), self.line))
        if t == FLOAT:
            self.over_items(items, lambda v: self.emit(Prim(acc, "float_mul", [acc, self.as_float(v)], self.line)))
        else:
            self.over_items(items, lambda v: self.emit(Prim(acc, "int_mul", [acc, self.as_int(v)], self.line, True)))
        return acc

    def method_call(self, node: ast.Call, name: str):
        assert isinstance(node.func, ast.Attribute)  # a method call
        recv = self.expr(node.func.value)
        t = recv.type
        if isinstance(t, (GenT, GenU)) and name == "close":  # types/infer.py generator_close: nothing else to run
            self.emit(Prim(None, "gen_close", [recv], self.line))
            return Const(None, NONE)
        kind = receiver_kind(t)
        if kind is not None:
            return lower_method(self, node, recv, kind, name)
        raise self.source.error(node, f"'{t}' object has no attribute '{name}'")

    def as_set(self, node, t: SetT) -> Value:
        """A set argument; any other iterable is gathered into a new set first."""
        if isinstance(self.inst.expr_types.get(id(node)), SetT):
            return self.expr(node, t)
        st = self.new_container(t)
        self.over_items(node, lambda v: self.rt(set_fn(t, "add"), [st, self.coerce_num(v, t.elem)], None))
        return st

    def join_nones(self, node) -> Value:
        """sep.join(a list of None): "" when it is empty, else CPython's TypeError for item 0."""
        lst = self.expr(node)
        bad, ok = self.new_block(), self.new_block()
        self.emit(Branch(self.prim("int_gt", [self.prim("container_len", [lst], INT), Const(0, INT)], BOOL), bad, ok, self.line))
        self.set_block(bad)
        self.rt("pyz_join_none_item", [Const(0, INT)], None, raises=True)
        self.goto(ok)
        self.set_block(ok)
        return Const("", STR)

    def join_items(self, sep: Value, node, checked: bool = False) -> Value:
        """sep.join(<generator or string>): one string builder, no intermediate list.  checked: the items
        are strs that may be None (a list: CPython's TypeError names the first None's index)."""
        sb = self.temp(BUILDER)
        first = self.temp(BOOL)
        self.emit(Prim(None, "sb_init", [sb], self.line))
        self.emit(Assign(first, Const(True, BOOL), self.line))
        index = self.temp(INT)
        self.emit(Assign(index, Const(0, INT), self.line))

        def on_item(v: Value):
            if checked:
                bad, ok = self.new_block(), self.new_block()
                self.emit(Branch(self.opt_is_none(v), bad, ok, self.line))
                self.set_block(bad)
                self.rt("pyz_join_none_item", [index], None, raises=True)
                self.goto(ok)
                self.set_block(ok)
                self.emit(Assign(index, self.prim("int_add_nocheck", [index, Const(1, INT)], INT), self.line))
                v = self.opt_value(v)
            add_sep, add_item = self.new_block(), self.new_block()
            self.emit(Branch(first, add_item, add_sep, self.line))
            self.set_block(add_sep)
            self.emit(Prim(None, "sb_add", [sb, sep], self.line))
            self.goto(add_item)
            self.set_block(add_item)
            self.emit(Assign(first, Const(False, BOOL), self.line))
            self.emit(Prim(None, "sb_add", [sb, v], self.line))

        self.over_items(node, on_item)
        return self.prim("sb_finish", [sb], STR)

    def const_int(self, node):
        if isinstance(node, ast.Constant) and isinstance(node.value, int):
            return int(node.value)
        if is_negative_constant(node):
            return -node.operand.value
        return None


class ModuleBuilder(ClassTable):
    def __init__(self, typed: TypedProgram):
        self.typed = typed
        self.program = typed.program
        self.source = typed.program.source
        self.globals: dict[str, Reg] = {}
        self.names: dict[tuple, str] = {}
        self.pending: list[tuple] = []
        self.named: set[str] = set()  # C-level instance names already queued
        self.list_types: set = set()
        self.tuple_types: set = set()
        self.dict_types: set = set()
        self.set_types: set = set()
        self.deque_types: set = set()
        self.opt_types: set = set()  # OptT types held by value (a struct with a `some` flag): codegen declares them
        self.copy_types: set = set()  # (type, deep) of each copy.copy / copy.deepcopy lowered
        self.shared_globals: set[str] = set()
        for f in self.program.all_functions():
            for n in ast.walk(f.node):
                if isinstance(n, ast.Name):
                    self.shared_globals.add(n.id)
        by_func: dict[str, list[tuple]] = {}
        for key in typed.instances:
            by_func.setdefault(key[0], []).append(key)
        self.by_func = by_func
        self.number_classes()
        self.function_ids = function_ids(self.program.functions)

    def global_reg(self, name: str, node) -> Reg:
        r = self.globals.get(name)
        if r is None:
            t = self.typed.global_types.get(name, BOTTOM)
            if t == BOTTOM and node is not None:
                raise self.source.error(node, f"cannot infer a type for global '{name}' (is it ever assigned?)")
            r = Reg(name, concrete(t), is_global=True)
            self.globals[name] = r
        return r

    def use_list(self, t: Type):
        self.use_type(t)

    def use_type(self, t: Type):
        """Record the container types (lists, tuples) a value of type t needs rendered."""
        t = concrete(t)
        if isinstance(t, ListT):
            self.list_types.add(t)
            self.use_type(t.elem)
        elif isinstance(t, TupleT):
            self.tuple_types.add(t)
            for e in t.elems:
                self.use_type(e)
        elif isinstance(t, DictT):
            self.dict_types.add(DictT(t.key, t.value))  # Counter and defaultdict share the dict's functions
            self.use_type(t.key)
            self.use_type(t.value)
        elif isinstance(t, SetT):
            self.set_types.add(t)
            self.use_type(t.elem)
        elif isinstance(t, DequeT):
            self.deque_types.add(t)
            self.use_type(t.elem)
        elif isinstance(t, OptT):
            self.opt_types.add(t)
            self.use_type(t.inner)

    def instance_name(self, key: tuple) -> str:
        name = self.names.get(key)
        if name is None:
            fname, argtypes = key
            siblings = self.by_func.get(fname, [])
            if len(siblings) <= 1:
                name = fname
            else:
                name = fname + "@" + "_".join(suffix(t) for t in argtypes)  # "@": never a user name
            if name in self.named:
                # f(list[int]) and f(a list never filled, whose element type defaults to int): two C functions,
                # since the second skips loops over its list's items (iterates_nothing), which the first runs
                n = 2
                while f"{name}#{n}" in self.named:
                    n += 1
                name = f"{name}#{n}"
            self.names[key] = name
            self.named.add(name)
            self.pending.append(key)
        return name

    def build(self) -> Module:
        functions = []
        main_key = self.typed.module_key
        main_name = self.instance_name(main_key)
        layouts = self.class_layouts()
        item_ops = self.container_item_ops()
        done = set()
        while self.pending:
            key = self.pending.pop(0)
            if key in done:
                continue
            done.add(key)
            inst = self.typed.instances[key]
            fb = FunctionBuilder(self, inst, self.names[key])
            fn = fb.build()
            for r in fn.regs:
                self.use_type(r.type)
            if fn.generator is not None:
                functions.append(constructor(self.names[key], fn.py_name, fn.first_line, fn.generator.params, fn.params[0].type))
                self.use_type(fn.generator.item)
                self.use_type(fn.generator.ret)
            functions.append(fn)
        functions += self.extra_functions
        for layout in layouts:
            for _, _, t in layout.fields:
                self.use_type(t)
        for g in self.globals.values():
            self.use_type(g.type)
        globals_ = [Global(name, r.type) for name, r in self.globals.items()]
        mod = Module(self.source.path, self.source, functions, globals_, main_name)
        mod.list_elem_types = {t.elem for t in self.list_types}
        mod.tuple_types = set(self.tuple_types)
        mod.dict_types = set(self.dict_types)
        mod.set_types = set(self.set_types)
        mod.deque_types = set(self.deque_types)
        mod.opt_types = set(self.opt_types)
        mod.copy_types = set(self.copy_types)
        mod.classes = layouts
        mod.elem_ops = item_ops
        return mod


def lower(typed: TypedProgram) -> Module:
    return ModuleBuilder(typed).build()


