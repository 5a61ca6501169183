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
import re
from typing import Callable

from ..ast_walk import walk
from ..primitives import Method
from ..primitives.array_ops import ITEMSIZE, ATTRIBUTES as ARRAY_ATTRIBUTES
from ..primitives.hashlib_ops import ATTRIBUTES as HASH_ATTRIBUTES
from ..primitives.re_ops import group_item as re_group, FLAGS as RE_FLAGS, MATCH_ATTRIBUTES as RE_MATCH_ATTRIBUTES, PATTERN_ATTRIBUTES as RE_PATTERN_ATTRIBUTES
from ..primitives.struct_ops import size_of as struct_size
from ..types.infer import OSERROR_ATTRIBUTES, SYS_STRINGS, constant_slice, static_none_test
from ..types.infer_format import latin1_format
from ..types.model import (ordered_apart, ordered_by_items, MATCH, PatternT, BINFILE, BOOL, BOTTOM, BYTEARRAY, BYTES, EXC, EXC_ARGS, FILE, FLOAT, HASH, INT, ITEMS_PTR,
                           ITER, MUTABLE_CONTAINERS, NONE, NUM, RANGE, STR, ArrayT, ClassT, DequeT, DictT, FuncT,
                           ListT, OptT, SetT, StructT, TupleT, Type, VarTupleT, ViewT, concrete, may_be_none, narrow,
                           opt_inner, walk_types, GenT, GenU, IterT, SeqIterT)
from ..types.none_uses import none_use_error
from ..types.operators import UNARY_DUNDERS
from ..types.spelling import suffix
from ..types.typed_program import Instance, TypedProgram
from .build_calls import CallLowering
from .build_exceptions import ExceptionLowering
from .build_files import file_attribute, sys_file
from .build_format import FormatLowering
from .build_functions import FunctionValueLowering, function_ids
from .build_generators import (FRAME_PARAM, GeneratorLowering, constructor, generator_frame, resume_name,
                               yields_while_handling)
from .build_iteration import IterationLowering
from .build_namedtuples import NamedTupleLowering
from .build_objects import ClassTable, ObjectLowering
from .build_primitive import call_primitive
from .build_statements import StatementLowering
from .build_stdlib import StdlibLowering
from .build_type_of import TypeOfLowering
from .control import FinallyContext, LoopTargets
from .ll_builder import LowLevelBuilder
from .lowering_tables import (ARITH, CMP, COUNTER_OPS, FLOAT_RUNTIME, INT_RAISING, INT_RUNTIME, NEEDS_AN_ITERABLE,
                              NUM_OPS)
from .ops import (is_small_int, ExportedFunction, NewClosure, Assign, Block, Branch, BuildStr, Call, Const, Function, GenFrame, Global, ListGet, MakeTuple, Module,
                  NewList, Prim, Raise, Reg, Return, SpecFn, TupleGet, Value, deque_fn, dict_fn, list_fn, set_fn, tuple_fn)


def is_value_widening(arg: Type, var: Type) -> bool:
    """Whether a parameter's argument of type arg converts into its variable of type var on entry: a
    number or a value that may be None (a container cannot change type: inference refuses that)."""
    return arg in (INT, FLOAT, BOOL, NUM, NONE) or isinstance(var, OptT) and not isinstance(arg, OptT) or isinstance(arg, TupleT)



# An int's format spec that BuildStr writes itself: "", "d", width ("5", "5d", ">5": spaces before), "0"
# and width ("02", "02d": zeros after the sign); group 1 the zero, group 2 the width (at most 4 digits).
# (">05" is not "05": its zeros go before the sign.)
INT_PAD = re.compile(r"(?:>(?=[1-9]))?(0?)([1-9][0-9]{0,3})?d?")

class FunctionBuilder(LowLevelBuilder, StatementLowering, ExceptionLowering, IterationLowering, CallLowering,
                      ObjectLowering, StdlibLowering, FormatLowering, FunctionValueLowering, NamedTupleLowering,
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
        self.captured_len: dict[int, Reg] = {}
        if inst.func.is_generator:  # the resume function (ir/build_generators.py): it takes the generator
            # a generator expression's first iterable (`.0`, genexp_functions.py), when a dict or a set: its
            # size is taken where the expression is, as CPython's iter() there (hash_cursor)
            lens = [(Reg(p.name + "@len", INT), p) for p in params
                    if inst.func.py_name.startswith("<") and p.name.startswith(".") and isinstance(p.type, (DictT, SetT))]
            self.captured_len = {id(c): n for n, c in lens}
            self.gen_frame = generator_frame(params, inst.yield_type, inst.gen_return, lens)
            frame = Reg(FRAME_PARAM, rt)
            # zip/enumerate/reversed held as values, d.items() or an itertools iterator as a generator
            # expression's first iterable are generators of the front end's (genexp_functions.py):
            # CPython's are C code, with no frame in a traceback
            synthetic = inst.func.py_name.startswith("<") and inst.func.py_name not in ("<genexpr>", "<lambda>")
            self.fn = Function(resume_name(name), inst.func.py_name, [frame], BOOL, generator=self.gen_frame,
                               adds_frame=not synthetic)
            self.fn.regs.append(frame)
        else:
            self.fn = Function(name, inst.func.py_name, params, rt, adds_frame=inst.func.kind not in ("builtin", "bound"))
        self.result_type = self.gen_frame.ret if self.gen_frame is not None else self.fn.return_type
        self.fn.first_line = getattr(inst.func.node, "lineno", 1)
        LowLevelBuilder.__init__(self, self.fn, self.fn.first_line)  # blocks, temporaries, the current line
        self.fn.regs.extend(params)
        self.fn.regs.extend(self.captured_len.values())
        self.vars: dict[str, Reg] = {p: r for p, r in zip(inst.func.params, params)}
        for i, local in widened:
            self.vars[local.name] = local
            self.fn.regs.append(local)
        self.loops: list[LoopTargets] = []
        self.finallies: list[FinallyContext] = []
        self.caught: list[Value] = []  # exceptions being handled (for bare `raise`), innermost last
        self.caught_names: list[tuple] = []  # (the `as` name or None, the caught exception), innermost last
        self.wanted: dict[int, Type] = {}
        # registers of expressions that inference gave no type (BOTTOM: `l.pop()` of a list never filled):
        # the op raised, so such a value never exists; coerce_num makes it a placeholder of any type
        self.nothing_values: set[int] = set()
        self.none_deferred: set[int] = set()  # reads of Instance.none_raises whose user raises (operands_of_nothing)
        # locals an assignment expression stores to: a read of one is its value then, not the register
        # (`s + (s := s + "!")` reads s before the store: expr_Name)
        self.walrus_names = {n.target.id for s in inst.func.body for n in walk(s)
                             if isinstance(n, ast.NamedExpr) and isinstance(n.target, ast.Name)}
        for i, local in widened:
            self.emit(Assign(local, self.coerce_num(params[i], local.type), self.line))
        f = inst.func
        self.self_param = f.params[0] if f.takes_self and not self.reassigns(f.params[0]) else None
        self.gen_outer: Reg | None = None
        if self.gen_frame is not None and yields_while_handling(f.body):
            self.gen_outer = self.prim("exc_handling_get", [], EXC)

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

    def call_primitive(self, m: Method, args: list[Value], result: Type | None = None) -> Value:
        """A registered method's runtime call (primitives/), for the registered pairs."""
        return call_primitive(self, m, args, result)

    def index_arg(self, node, default: int) -> Value:
        """A slice-like index argument: absent or None is the default."""
        if node is None or (isinstance(node, ast.Constant) and node.value is None):
            return Const(default, INT)
        return self.as_int(self.expr(node))

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

    def body(self, stmts):
        for s in stmts:
            self.at(s)
            getattr(self, "stmt_" + type(s).__name__)(s)
            if id(s) in self.inst.cut_after:
                break  # `if p is None: return` where p is None here: the rest never runs (types/infer.py)

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
        if t in (FILE, BINFILE, MATCH, EXC) or isinstance(t, PatternT):  # a file, a match, a pattern, an exception is always true
            return Const(True, BOOL)
        raise AssertionError(f"no truth value for {t}")

    def object_truth(self, v: Value) -> Value:
        """An object's truth: None is false; else its __bool__, else its __len__ is not 0 (CPython's
        ValueError when it is negative), else true (inference recorded which: Inferencer.object_truth)."""
        t = narrow(v.type, ClassT)
        calls = self.mb.typed.dunder_calls
        which = next((d for d in ("__bool__", "__len__") if (t.name, d, ()) in calls), None)
        program, made = self.mb.program, self.mb.constructed_classes()
        for c in program.subtree(t.name)[1:]:  # a derived class whose objects' truth another method decides
            theirs = next((d for d in ("__bool__", "__len__") if program.lookup_method(c, d)), None)
            if c in made and theirs != which:
                where = ast.Pass(lineno=self.line, col_offset=0, end_lineno=self.line, end_col_offset=0)
                raise self.source.error(where, f"the truth of an object of {c} comes from "
                                               f"{c + '.' + theirs if theirs else 'its being an object'}, and that of "
                                               f"{t.name}, as pyzc types this value, from "
                                               f"{t.name + '.' + which if which else 'its being an object'}: pyzc does "
                                               "not choose by the object's class here yet")
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
        none_raises = self.inst.none_raises
        if id(node) in none_raises and id(node) not in self.none_deferred:
            self.raise_none_use(node)  # a local a test showed is None, where its use needs a value
            return Const(None, concrete(BOTTOM))
        operands = self.operands_of_nothing(node)
        if operands is not None:
            # a local that is None here among them: CPython raises once all are evaluated
            deferred = [o for o in operands if id(o) in none_raises and none_raises[id(o)][0] is node]
            self.none_deferred.update(id(o) for o in deferred)
            for operand in operands:
                self.expr(operand)
            if deferred:
                self.raise_none_use(deferred[0])
            return Const(None, concrete(self.inst.expr_types.get(id(node), BOTTOM)))
        meth = getattr(self, "expr_" + type(node).__name__)
        unwrap = self.inst.unwraps.get(id(node))
        if unwrap is None:
            v = meth(node)
            if isinstance(v, Reg) and self.inst.expr_types.get(id(node)) == BOTTOM:
                self.nothing_values.add(id(v))  # `l.pop()` of a list never filled: it raises, no value is made
            return v
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

    def raise_none_use(self, node: ast.AST) -> None:
        """CPython's error for the use of node, a local that is None here (Instance.none_raises)."""
        types = self.inst.expr_types
        error = none_use_error(node, self.inst.none_raises[id(node)][0], lambda n: types.get(id(n)))
        assert error is not None, "inference refuses a use of None it cannot name"
        self.emit(Raise(error[0], error[1], self.line))

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

    def dict_lookup(self, d: Value, key: Value, t: Type, on_found: Callable[[Value], Value],
                    on_missing: Callable[[], Value], take: bool = False) -> Value:
        """on_found(d[key]) when d holds key (its entry taken out of d if take: pop), else on_missing():
        a value of type t, by one lookup, so that a key object's __eq__ runs once for each entry it is
        compared with, as in CPython's d.get(k) (a test of `in` and then a get ran it twice)."""
        dt = narrow(d.type, DictT)
        pos = self.rt(dict_fn(dt, "find"), [d, key], INT)

        def found() -> Value:
            value = self.prim("dict_value", [d, pos], dt.value)
            if take:
                self.rt(dict_fn(dt, "remove_at"), [d, pos], None)
            return on_found(value)
        return self.either_value(self.prim("int_ge_small", [pos, Const(0, INT)], BOOL), t, found, on_missing)

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

    def reads_nothing(self, node) -> bool:
        """node reads an item of a list that is always empty (`l.pop()`, `l[0]`, l never filled): it
        raises, so no value comes of it."""
        if isinstance(node, ast.Subscript):
            return not isinstance(node.slice, ast.Slice) and self.iterates_nothing(node.value)
        return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "pop" \
            and self.iterates_nothing(node.func.value)

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
        if isinstance(node, ast.BinOp) and (nothing(node.left) or nothing(node.right)
                                            or self.reads_nothing(node.left) or self.reads_nothing(node.right)):
            # `row + [x]`; `l[0] + "x"`, `l.pop() + 1` with l never filled; `"k=" + fail()`, fail never returning
            return [node.left, node.right]
        if isinstance(node, ast.UnaryOp) and nothing(node.operand):  # `-p`, p a local that is None here
            return [node.operand]
        if isinstance(node, ast.BoolOp) and nothing(node.values[0]):  # `fail() or "x"`: the rest never runs
            return [node.values[0]]
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):  # `[l.pop(), "a"]`, `[fail(), "a"]`
            items = [e.value if isinstance(e, ast.Starred) else e for e in node.elts]
            return items if any(nothing(e) or self.reads_nothing(e) for e in items) else None
        if isinstance(node, ast.Dict):  # `{"a": l.pop()}`
            items = [x for k, v in zip(node.keys, node.values) for x in ([v] if k is None else [k, v])]
            return items if any(nothing(e) or self.reads_nothing(e) for e in items) else None
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
            return Const(self.mb.typed.main_name, STR)
        named = self.inferred(node)
        if isinstance(named, FuncT) and not self.is_variable(node.id):  # a function (or builtin) as a value
            return self.function_value(named.names[0], self.type_of(node), node)
        r = self.var(node.id, node)
        if self.inst.expr_types.get(id(node)) == NONE and isinstance(r.type, (ClassT, OptT)):
            return Const(None, NONE)  # `Value(x)` where `isinstance(x, Value)` was false: x is None (Inferencer.expr)
        if not r.is_global:
            self.pending_reads.append(r)
            if node.id in self.walrus_names:
                copy = self.temp(r.type)
                self.emit(Assign(copy, r, self.line))
                return copy
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

    def c_int(self, v: Value) -> Value:
        """v, an int word (runtime_c/int.c), as a C integer: OverflowError when it does not fit in int64.
        The result is not an int word: only ops on C integers may read it (a range loop's counter).
        remove_range_checks makes it a copy where value_ranges proves v small."""
        if v.type != INT or isinstance(v, Const) and isinstance(v.value, int) and is_small_int(v.value):
            return v
        t = self.temp(INT)
        self.emit(Prim(t, "int_guard", [v], self.line, True))
        return t

    def as_float(self, v: Value) -> Value:
        if v.type == FLOAT:
            return v
        if v.type == NUM:
            return self.prim("num_as_float", [v], FLOAT)
        if isinstance(v, Const):
            assert isinstance(v.value, (int, float)), v
            try:
                return Const(float(v.value), FLOAT)
            except OverflowError:
                pass  # an int constant past the float range: CPython's OverflowError when the conversion runs
        return self.prim("int_to_float", [self.as_int(v)], FLOAT)

    def as_num(self, v: Value) -> Value:
        """A number of any type as a number of several types (PyzNum)."""
        if v.type == NUM:
            return v
        if v.type not in (INT, FLOAT, BOOL):
            raise AssertionError(f"{v.type} is not a number")
        return self.prim(f"num_from_{v.type}", [v], NUM)

    def str_chain(self, node: ast.BinOp) -> list[ast.expr] | None:
        """The operands of `a + b + c ...` (three or more, every one a str), to be joined in one
        block; None when the chain is assigned to the name it starts with: `s = s + a + b` appends to
        s in place (runtime_c/str.c), which a copy into a new block would make quadratic
        (build_statements.py stmt_Assign marks it)."""
        operands: list[ast.expr] = []
        e: ast.expr = node
        while isinstance(e, ast.BinOp) and isinstance(e.op, ast.Add) and self.type_of(e) == STR:
            operands.append(e.right)
            e = e.left
        operands.append(e)
        if len(operands) < 3 or getattr(node, "pyzc_appends_to_left", False) or any(self.type_of(o) != STR for o in operands):
            return None
        return operands[::-1]

    def effect_free(self, nodes) -> bool:
        """Whether evaluating these parts of a str concatenation or f-string (in order) runs no code and
        raises nothing: constants, and variables of str or a number type without a format spec."""
        for n in nodes:
            if isinstance(n, ast.FormattedValue):
                if n.format_spec is not None:
                    return False
                n = n.value
            if isinstance(n, ast.Call) and len(n.args) == 1 and not n.keywords and isinstance(n.args[0], ast.Name):
                arg_type = self.type_of(n.args[0])
                if isinstance(n.func, ast.Attribute) and n.func.attr == "join" and isinstance(n.func.value, ast.Constant) \
                        and isinstance(arg_type, ListT) and arg_type.elem == STR:
                    continue  # `", ".join(words)`
                info = self.inst.calls.get(id(n))
                if self.str_of_int(n) is not None or info is not None and info.kind == "builtin" \
                        and info.name in ("str", "repr") and arg_type in (STR, FLOAT, BOOL):
                    continue  # str(x) of a number or str (an int's ValueError is the same whichever comes first)
            if not (isinstance(n, ast.Constant) or isinstance(n, ast.Name) and self.type_of(n) in (STR, INT, FLOAT, BOOL)):
                return False
        return True

    def str_of_int(self, e: ast.expr) -> ast.expr | None:
        """x of a builtin str(x) of an int, which BuildStr writes itself (no str in between)."""
        if not isinstance(e, ast.Call):
            return None
        info = self.inst.calls.get(id(e))
        if (info is not None and info.kind == "builtin" and info.name == "str" and len(e.args) == 1
                and not e.keywords and not isinstance(e.args[0], ast.Starred) and self.type_of(e.args[0]) == INT):
            return e.args[0]
        return None

    def expr_BinOp(self, node: ast.BinOp):
        t = self.list_type_of(node)
        chain = self.str_chain(node) if isinstance(node.op, ast.Add) else None
        if chain is not None:
            # str(n) of an int is left to BuildStr only when nothing after it runs code: a big n's ValueError
            # (past the digits limit) comes before what follows, as in CPython
            parts = [self.expr(o if self.str_of_int(o) is None or not self.effect_free(chain[i + 1:])
                               else self.str_of_int(o)) for i, o in enumerate(chain)]
            dst = self.temp(STR)
            self.emit(BuildStr(dst, parts, self.line, [""] * len(parts) if any(p.type == INT for p in parts) else None))
            return dst
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
        lt, rt = left.type, right.type
        if isinstance(lt, ClassT) or isinstance(rt, ClassT):
            return self.binop_dunder(op, left, right, node)  # (`@` only here: __matmul__)
        kind = ARITH[type(op)]
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
            if kind == "div" and lt != FLOAT and rt != FLOAT:  # int / int: correctly rounded, of big ints too
                return self.rt("pyz_int_truediv", [self.as_int(left), self.as_int(right)], FLOAT, raises=True)
            a, b = self.as_float(left), self.as_float(right)
            if kind in FLOAT_RUNTIME:
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
            if isinstance(node.op, ast.Or) and v.type == NONE:  # `None or x`: never true, never the result
                continue
            if isinstance(v, Reg) and not v.is_global:  # tested, then maybe the result: one evaluation
                keep = self.temp(v.type)
                self.emit(Assign(keep, v, self.line))
                if id(v) in self.nothing_values:  # `fail() or "x"`: never made, so never the result
                    self.nothing_values.add(id(keep))
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
        for block, branch in ((then, node.body), (other, node.orelse)):
            self.set_block(block)
            v = self.expr(branch, want)
            if v.type != t and isinstance(branch, ast.Subscript) and self.iterates_nothing(branch.value):
                v = Const(None, t)  # `e[-1] if e else None`, e always empty: the read raises, no value is made
            self.emit(Assign(result, self.coerce_num(v, t), self.line))
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
        if len(node.ops) == 1 and isinstance(node.ops[0], (ast.In, ast.NotIn)) \
                and isinstance(self.inst.expr_types.get(id(node.comparators[0])), (GenT, GenU, IterT, SeqIterT, ViewT)):
            view = self.inst.expr_types.get(id(node.comparators[0]))
            if isinstance(view, ViewT) and view.kind == "keys":  # `k in d.keys()`: a lookup, as `k in d`
                view_of = node.comparators[0].func.value  # type: ignore[attr-defined]
                found = self.dict_contains(self.expr(view_of), left)
                return found if isinstance(node.ops[0], ast.In) else self.prim("bool_not", [found], BOOL)
            return self.contains_iterated(node.ops[0], left, node.comparators[0], node)
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
        if ordered_apart(op, lt, rt) or ordered_by_items(op, lt, rt):
            return self.compare_tuples_apart(op, left, right, node)
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
                v = self.tuple_contains(left, right, node)
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
                ordered = isinstance(lt, DictT) and lt.kind == getattr(rt, "kind", "") == "OrderedDict"  # (with a dict: as dicts)
                fn = dict_fn(lt, "od_eq" if ordered else "eq") if isinstance(lt, DictT) else set_fn(lt, "eq")
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

    def compare_tuples_apart(self, op, left: Value, right: Value, node) -> Value:
        """`(1,) < (1, 2)`: an order between tuples whose lengths or item types differ (types/model.py:
        ordered_apart), or between tuples that hold objects (ordered_by_items), as CPython's tuple
        comparison: the items of the shorter's length pairwise, the first pair that is not equal decides
        by its own order; all equal, the lengths decide."""
        lt, rt = narrow(left.type, TupleT), narrow(right.type, TupleT)
        dst = self.temp(BOOL)
        done = self.new_block()
        for i in range(min(len(lt.elems), len(rt.elems))):
            a, b = self.tuple_get(left, i), self.tuple_get(right, i)
            same, differ = self.new_block(), self.new_block()
            if isinstance(a.type, ClassT) and isinstance(b.type, ClassT):  # the same object is equal unasked
                asked = self.new_block()
                self.emit(Branch(self.prim("obj_same", [a, b], BOOL), same, asked, self.line))
                self.set_block(asked)
            self.emit(Branch(self.truth(self.compare(ast.Eq(), a, b, node)), same, differ, self.line))
            self.set_block(differ)
            if isinstance(op, (ast.Eq, ast.NotEq)):
                self.emit(Assign(dst, Const(isinstance(op, ast.NotEq), BOOL), self.line))
            else:
                self.emit(Assign(dst, self.truth(self.compare(op, a, b, node)), self.line))
            self.goto(done)
            self.set_block(same)
        n, m = len(lt.elems), len(rt.elems)
        by_length = {ast.Lt: n < m, ast.LtE: n <= m, ast.Gt: n > m, ast.GtE: n >= m, ast.Eq: n == m, ast.NotEq: n != m}[type(op)]
        self.emit(Assign(dst, Const(by_length, BOOL), self.line))
        self.goto(done)
        self.set_block(done)
        return dst

    def tuple_contains(self, x: Value, tup: Value, node) -> Value:
        """`x in (a, b)`, as CPython's tuplecontains: the items in turn until one is x itself or equal to it
        (`item == x`: an object item's __eq__ is asked), the rest unread."""
        found = self.temp(BOOL)
        hit, done = self.new_block(), self.new_block()
        for i in range(len(narrow(tup.type, TupleT).elems)):
            item = self.tuple_get(tup, i)
            go_on = self.new_block()
            if isinstance(item.type, ClassT) and isinstance(x.type, ClassT):
                asked = self.new_block()
                self.emit(Branch(self.prim("obj_same", [item, x], BOOL), hit, asked, self.line))
                self.set_block(asked)
                eq = self.compare(ast.Eq(), item, x, node)
            else:
                eq = self.compare(ast.Eq(), x, item, node)
            self.emit(Branch(self.truth(eq), hit, go_on, self.line))
            self.set_block(go_on)
        self.emit(Assign(found, Const(False, BOOL), self.line))
        self.goto(done)
        self.set_block(hit)
        self.emit(Assign(found, Const(True, BOOL), self.line))
        self.goto(done)
        self.set_block(done)
        return found

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

    def contains_iterated(self, op, left: Value, items, node) -> Value:
        """`x in it` of a generator or an iterator: its items compared with x (`item == x`, as CPython's
        search) until one is equal; the rest stay unread."""
        found = self.temp(BOOL)
        self.emit(Assign(found, Const(False, BOOL), self.line))
        cursor = self.cursor(items)
        done = self.new_block()

        def on_item(v):
            hit, go_on = self.new_block(), self.new_block()
            self.emit(Branch(self.truth(self.compare(ast.Eq(), v, left, node)), hit, go_on, self.line))
            self.set_block(hit)
            self.emit(Assign(found, Const(True, BOOL), self.line))
            self.goto(done)
            self.set_block(go_on)

        self.run_cursor(cursor, on_item)
        self.goto(done)
        self.set_block(done)
        return found if isinstance(op, ast.In) else self.prim("bool_not", [found], BOOL)

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
        if self.inst.expr_types.get(id(node.value)) == RANGE:
            return self.range_slice(node) if isinstance(node.slice, ast.Slice) else self.range_item(node)
        container = self.expr(node.value)
        t = container.type
        if t == MATCH:  # m[g]: m.group(g) (primitives/re_ops.py)
            return re_group(self, container, node.slice, self.type_of(node))
        if isinstance(t, ClassT) and not isinstance(node.slice, ast.Slice):  # obj[key]: __getitem__
            return self.dunder(t, "__getitem__", [container, self.expr(node.slice)])
        if isinstance(node.slice, ast.Slice):
            if isinstance(t, TupleT) and isinstance(self.type_of(node), TupleT):  # items of several types: a tuple
                sl = constant_slice(node.slice)
                assert sl is not None  # inference: constant bounds only
                return self.make_tuple([self.tuple_get(container, i) for i in range(len(t.elems))[sl]])
            if isinstance(t, TupleT):  # a slice of a tuple of known length: a tuple of any length
                t = self.type_of(node)
                container = self.coerce_num(container, t)
            slicers: dict[Type, str] = {STR: "pyz_str_slice", BYTES: "pyz_bytes_slice", BYTEARRAY: "pyz_bytearray_slice"}
            fn = slicers.get(t) or list_fn(t, "slice")
            return self.rt(fn, [container] + self.slice_args(node.slice), t, raises=True)
        if isinstance(t, TupleT):
            i = self.const_int(node.slice)
            if i is not None and not -len(t.elems) <= i < len(t.elems):  # CPython's IndexError (inference: BOTTOM)
                self.emit(Raise("IndexError", "tuple index out of range", self.line))
                self.set_block(self.new_block())
                return Const(None, concrete(BOTTOM))
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
            if t.kind and t.kind not in ("defaultdict:None", "OrderedDict"):  # (a None factory: a missing key raises, as a dict's)
                return self.dict_load(container, key)
            return self.rt(dict_fn(t, "get"), [container, key], t.value, raises=True)
        idx = self.subscript_index(self.expr(node.slice), 2 if t == STR else 1 if isinstance(t, VarTupleT) else 0)
        if t == STR:
            return self.rt("pyz_str_getitem", [container, idx], STR, raises=True)
        if t in (BYTES, BYTEARRAY):
            return self.rt(f"pyz_{t}_getitem", [container, idx], INT, raises=True)
        return self.list_get(container, idx)

    def int_or_none(self, i: Value, none: int) -> Value:
        """An int | None from a runtime int whose value `none` stands for None."""
        dst = self.temp(OptT(INT))
        is_none, some, done = self.new_block(), self.new_block(), self.new_block()
        self.emit(Branch(self.prim("int_eq", [i, Const(none, INT)], BOOL), is_none, some, self.line))
        self.set_block(is_none)
        self.emit(Assign(dst, Const(None, OptT(INT)), self.line))
        self.goto(done)
        self.set_block(some)
        self.emit(Assign(dst, self.prim("opt_wrap", [i], OptT(INT)), self.line))
        self.goto(done)
        self.set_block(done)
        return dst

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
        if isinstance(t, VarTupleT):  # `()`, `(*xs, 0)`
            vt = t
            return self.spread_display(node, vt, lambda dst, v: self.rt(list_fn(vt, "append"), [dst, self.coerce_num(v, vt.elem)], None))
        t = narrow(t, TupleT)
        self.mb.use_type(t)
        if any(isinstance(e, ast.Starred) for e in node.elts):  # `(*pair, 0)`: each tuple's items in turn
            parts: list[Value] = []
            for e in node.elts:
                if isinstance(e, ast.Starred):
                    tup = self.expr(e.value)
                    parts.extend(self.tuple_get(tup, i) for i in range(len(narrow(tup.type, TupleT).elems)))
                else:
                    parts.append(self.expr(e, t.elems[len(parts)]))
            return self.make_tuple([self.coerce_num(v, et) for v, et in zip(parts, t.elems)])
        items = [self.expr(e, et) for e, et in zip(node.elts, t.elems)]
        dst = self.temp(t)
        self.emit(MakeTuple(dst, items, self.line))
        return dst

    def list_get(self, lst: Value, idx: Value) -> Reg:
        dst = self.temp(narrow(lst.type, ListT).elem)
        self.emit(ListGet(dst, lst, idx, self.line))
        return dst

    def spread_display(self, node, t: Type, add: Callable[[Value, Value], object]) -> Value:
        """A new list, tuple of any length or set holding the items of a display, each `*xs` spreading xs's
        items, in order (CPython's BUILD_LIST then LIST_EXTEND)."""
        assert isinstance(t, (ListT, SetT))  # a tuple of any length is a ListT
        dst = self.new_container(t) if isinstance(t, SetT) else self.new_list(t)
        for e in node.elts:
            if isinstance(e, ast.Starred):
                self.over_items(e.value, lambda v: add(dst, v))
            else:
                add(dst, self.expr(e, t.elem))
        return dst

    def expr_List(self, node: ast.List):
        t = narrow(self.list_type_of(node), ListT)
        self.mb.use_list(t)
        if any(isinstance(e, ast.Starred) for e in node.elts):
            return self.spread_display(node, t, lambda dst, v: self.rt(list_fn(t, "append"), [dst, self.coerce_num(v, t.elem)], None))
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
            if k is None:  # {**m}: m's items in its order, a later key's value replacing an earlier one's
                m = self.expr(v)
                self.run_cursor(self.hash_cursor(m, "items"), lambda pair: self.dict_store(d, self.tuple_get(pair, 0), self.tuple_get(pair, 1)))
                continue
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
        if any(isinstance(e, ast.Starred) for e in node.elts):
            return self.spread_display(node, t, lambda dst, v: self.rt(set_fn(t, "add"), [dst, self.coerce_num(v, t.elem)], None))
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
        v = self.expr(node.args[0])  # tuple(t) of a tuple is t
        if isinstance(v.type, TupleT) and v.type.name:  # of a named tuple: a plain tuple of its items
            return self.make_tuple([self.tuple_get(v, i) for i in range(len(v.type.elems))])
        return v

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

    def expr_NamedExpr(self, node: ast.NamedExpr):
        """(x := value): the value, stored to x first."""
        value = self.expr(node.value)
        held = self.temp(value.type)
        self.emit(Assign(held, value, self.line))
        self.store(node.target, held)
        return held

    def expr_JoinedStr(self, node: ast.JoinedStr):
        parts: list[Value] = []
        int_pads: dict[int, str] = {}  # the pads of the int parts, by position
        for v in node.values:
            if isinstance(v, ast.Constant):
                parts.append(Const(v.value, STR))
                continue
            assert isinstance(v, ast.FormattedValue)  # a JoinedStr holds constants and fields only
            val = self.expr(v.value)
            spec = None
            if isinstance(v.format_spec, ast.JoinedStr):  # a constant spec (check.py refuses nested fields)
                spec = "".join(str(p.value) for p in v.format_spec.values if isinstance(p, ast.Constant))
            if val.type == BOOL and spec and v.conversion == -1:
                val = self.as_int(val)  # True:5 formats 1 (format_value)
            pad = INT_PAD.fullmatch(spec or "") if v.conversion == -1 or spec is None else None
            if val.type == INT and pad and self.effect_free(node.values[len(parts) + 1:]):
                # written by BuildStr, no str in between (ints' str and repr agree); not when a later field
                # runs code, which a big int's ValueError (past the digits limit) must come before
                int_pads[len(parts)] = pad[1] + pad[2] if pad[2] else ""
                parts.append(val)
                continue
            if spec is not None:
                if v.conversion == ord("r"):
                    val = self.repr_of(val)
                elif v.conversion == ord("s"):
                    val = self.to_str(val)
                parts.append(self.format_value(val, spec, v))
            elif v.conversion == ord("r"):
                parts.append(self.repr_of(val))
            elif v.conversion == ord("s"):
                parts.append(self.to_str(val))
            else:
                parts.append(self.format_plain(val, v))
        dst = self.temp(STR)
        pads = [int_pads.get(i, "") for i in range(len(parts))] if int_pads else None
        self.emit(BuildStr(dst, parts, self.line, pads))
        return dst

    def format_plain(self, v: Value, node) -> Value:
        """f"{x}", format(x), "{}".format(x): format(x, ""), which is str(x) but for an object whose class
        defines __format__: that is called with "" (object.__format__ is str())."""
        if isinstance(v.type, ClassT) and self.mb.program.lookup_method(v.type.name, "__format__") is not None:
            return self.format_value(v, "", node)
        return self.to_str(v)

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
        if isinstance(v.type, ClassT):  # its __format__(spec) (inference checked that it has one)
            r = self.dunder(v.type, "__format__", [v, spec_c])
            if r is not None:
                return r
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
        if t == MATCH:
            return self.rt("pyz_re_match_repr", [v], STR)
        if isinstance(t, PatternT):
            return self.rt("pyz_re_pattern_repr", [v], STR)
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
        bound = self.inst.expr_types.get(id(node))
        if isinstance(bound, FuncT) and bound.names[0] in self.mb.program.functions \
                and self.mb.program.functions[bound.names[0]].kind == "bound" \
                and not isinstance(self.inst.expr_types.get(id(node.value)), ClassT):  # xs.append as a value
            name = bound.names[0]
            env = self.closure_env(name)
            obj = self.expr(node.value)
            dst = self.temp(bound)
            self.emit(NewClosure(dst, name, self.mb.function_ids[name], [obj], env, self.line))
            return dst
        v = self.object_attribute(node)
        if v is not None:
            return v
        v = self.namedtuple_attribute(node)
        if v is None:
            v = self.type_name_attribute(node)
        if v is not None:
            return v
        if node.attr == "code" and self.inst.expr_types.get(id(node.value)) == EXC:
            return self.exit_code(node)
        if node.attr in OSERROR_ATTRIBUTES and self.inst.expr_types.get(id(node.value)) == EXC:
            attr_type, reader = OSERROR_ATTRIBUTES[node.attr]
            if attr_type == OptT(STR):  # NULL is None
                return self.rt(reader, [self.expr(node.value)], attr_type)
            return self.int_or_none(self.rt(reader, [self.expr(node.value)], INT), -1)
        if node.attr == "args" and self.inst.expr_types.get(id(node.value)) == EXC:
            dst = self.temp(EXC_ARGS)  # the caught exception itself, seen as its arguments
            self.emit(Assign(dst, self.expr(node.value), self.line))
            return dst
        if self.inst.expr_types.get(id(node.value)) in (FILE, BINFILE):
            return file_attribute(self, node)
        at = self.inst.expr_types.get(id(node.value))
        if isinstance(at, StructT):  # s.format and s.size: known from its type
            self.expr(node.value)
            return Const(at.fmt, STR) if node.attr == "format" else Const(struct_size(at.fmt), INT)
        if isinstance(at, DequeT) and node.attr == "maxlen":  # the runtime's -1 is None: unbounded
            return self.int_or_none(self.rt(deque_fn(at, "maxlen"), [self.expr(node.value)], INT), -1)
        if at == MATCH and node.attr == "lastindex":  # the runtime's 0 is None
            return self.int_or_none(self.rt("pyz_re_lastindex", [self.expr(node.value)], INT), 0)
        if at == MATCH or isinstance(at, PatternT):  # primitives/re_ops.py: the runtime's
            t, fn = (RE_MATCH_ATTRIBUTES if at == MATCH else RE_PATTERN_ATTRIBUTES)[node.attr]
            return self.rt(fn, [self.expr(node.value)], self.type_of(node))
        if at == HASH:  # h.name, h.digest_size, h.block_size: the runtime's
            t, fn = HASH_ATTRIBUTES[node.attr]
            return self.rt(fn, [self.expr(node.value)], t)
        if isinstance(at, FuncT):
            return self.function_name(node)
        if isinstance(at, ArrayT):  # a.typecode, a.itemsize: known from its type (the value is still evaluated)
            self.expr(node.value)
            return Const(at.code if node.attr == "typecode" else ITEMSIZE[at.code], ARRAY_ATTRIBUTES[node.attr])
        if node.attr in ("stdin", "stdout", "stderr"):
            return sys_file(self, node.attr)
        if node.attr == "maxsize":
            return Const(2**63 - 1, INT)
        if isinstance(node.value, ast.Name) and node.value.id == "sys" and node.attr in SYS_STRINGS:
            return Const(SYS_STRINGS[node.attr], STR)
        if isinstance(node.value, ast.Name) and node.value.id == "re" and node.attr in RE_FLAGS:
            return Const(RE_FLAGS[node.attr], INT)
        if node.attr == "argv":
            self.mb.use_list(ListT(STR))
            return self.rt("pyz_sys_argv", [], ListT(STR))
        consts = {"pi": 3.141592653589793, "e": 2.718281828459045, "tau": 6.283185307179586,
                  "inf": float("inf"), "nan": float("nan")}
        return Const(consts[node.attr], FLOAT)


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
            for n in walk(f.node):
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
        exports = [ExportedFunction(e.name, self.instance_name(e.key), e.params, e.param_types, e.return_type, e.defaults)
                   for e in self.typed.exports]
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
                functions.append(constructor(self.names[key], fn.py_name, fn.first_line, fn.generator, fn.params[0].type))
                self.use_type(fn.generator.item)
                self.use_type(fn.generator.ret)
            functions.append(fn)
        functions += self.extra_functions
        for layout in layouts:
            for _, _, t in layout.fields:
                self.use_type(t)
        for g in self.globals.values():
            self.use_type(g.type)
        for e in exports:  # the boundary's types need their containers' C too
            for t in (*e.param_types, e.return_type):
                self.use_type(t)
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
        mod.exports = exports
        mod.not_exported = list(self.typed.not_exported)
        return mod


def lower(typed: TypedProgram) -> Module:
    return ModuleBuilder(typed).build()


