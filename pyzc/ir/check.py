"""The IR checker: what every stage may assume of the IR, tested after lowering and after each pass.

The driver runs it when PYZC_CHECK_IR=1 (the test suite sets it), so every
program the tests compile is checked at each step of the pipeline.  It
reports, as a list of messages, IR that would make codegen emit wrong or
uncompilable C:

- shape: each block ends in exactly one terminator (Goto, Branch, Return,
  Propagate) and has none before its end; jump and handler targets are
  blocks of the same function; labels are unique (C labels and pgo counters
  are named by them);
- registers: every local register an op names is declared in its function
  (`fn.regs`, one C local per name), with the type it was declared with; a
  global is one of the module's; a temporary is written on some path
  before it is read (see check_defined);
- names: a primitive op is one codegen spells (with its operand count), an
  exception class is a builtin kind (pyzc/exceptions.py) or a class, a
  runtime function is declared in runtime_c/pyz.h (with its arity) or is a
  container specialisation rendered from templates/; a called function, a
  class, a field exists;
- types: operands agree with the op (an Assign's source with its
  destination, a Branch's condition is a bool, a Call's arguments with the
  callee's parameters, list and tuple items with their element types,
  a runtime call's arguments with the C parameter types).

It knows nothing of C itself: what codegen can emit (primitive names, the
runtime table, C types) is handed to it as data (`Known`), so the IR does not
import codegen.  User variables are not checked for definedness: Python
lets a variable be bound on some paths only (the C local starts zeroed).
"""

from __future__ import annotations

import functools
import re
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Mapping

from .. import exceptions
from ..types.model import (ArrayT, BOOL, EXC, EXC_ARGS, EXC_KIND, FLOAT, INT, NONE, NUM, STR, BYTES, BYTEARRAY, ClassT, DequeT, DictT, GenT, GenU, ListT, SetT, TupleT, VarTupleT,
                           Type, concrete)
from .ops import (TERMINATORS, Assign, Block, Branch, BuildStr, Call, CallRuntime, CheckObj, Const, Function, GetField,
                  Goto, ListGet, ListSet, MakeTuple, Module, NewList, NewObject, Op, Prim, Raise, Reg, Reraise,
                  Return, SetField, TupleGet, Value, Yield, is_temp, reachable_blocks)
from .pprint import Names
from ..types.spelling import suffix

CONTAINER_KINDS = {ListT: "list", VarTupleT: "list", ArrayT: "list", TupleT: "tuple", DictT: "dict", SetT: "set", DequeT: "deque"}


@dataclass
class Known:
    """What codegen can emit, as the checker needs it."""
    prims: Mapping[str, int] = field(default_factory=dict)  # primitive op -> operand count
    checked_prims: frozenset = frozenset()  # ops with a slow path for big ints (codegen/prims.py CHECKED)
    prim_writes: Mapping[str, frozenset] = field(default_factory=dict)  # op -> operands it writes (C `&{i}`)
    runtime: Mapping[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)  # name -> (C return type, C params)
    rendered_prefixes: tuple[str, ...] = ()  # runtime names rendered from templates/ (not in pyz.h)
    c_type: Callable[[Type], str] | None = None  # the C type of an IR type, to check runtime calls' arguments
    # c_type's answers, normalised (None: an IR-only type with no C type): the checker asks for the same
    # few types hundreds of thousands of times per program
    c_types: dict = field(default_factory=dict, repr=False, compare=False)


class IRCheckError(Exception):
    """The IR broke an invariant: a pyzc bug, not the program's fault."""

    def __init__(self, after: str, errors: list[str]):
        shown = "\n  ".join(errors[:20]) + (f"\n  ... and {len(errors) - 20} more" if len(errors) > 20 else "")
        super().__init__(f"IR check failed after {after}:\n  {shown}")
        self.after = after
        self.errors = errors


# Operand and result types of the primitive ops whose types are fixed (the others take what they are handed).
_I, _F, _B = INT, FLOAT, BOOL
PRIM_TYPES: dict[str, tuple[tuple[Type, ...], Type]] = {}
for _op in ("add", "sub", "mul", "add_nocheck", "sub_nocheck", "mul_nocheck", "add_wrap", "and", "or", "xor", "rshift_k",
            "lshift_k", "mod_nz", "mod_pos", "floordiv_nz", "floordiv_pos"):
    PRIM_TYPES[f"int_{_op}"] = ((_I, _I), _I)
for _op in ("and_small", "or_small", "xor_small", "rshift_k_small"):
    PRIM_TYPES[f"int_{_op}"] = ((_I, _I), _I)
for _op in ("neg", "neg_nocheck", "invert", "invert_small"):
    PRIM_TYPES[f"int_{_op}"] = ((_I,), _I)
for _op in ("eq", "ne", "lt", "le", "gt", "ge"):
    PRIM_TYPES[f"int_{_op}"] = ((_I, _I), _B)
    PRIM_TYPES[f"int_{_op}_small"] = ((_I, _I), _B)
    PRIM_TYPES[f"float_{_op}"] = ((_F, _F), _B)
    PRIM_TYPES[f"float_int_{_op}"] = ((_F, _I), _B)
    PRIM_TYPES[f"num_{_op}"] = ((NUM, NUM), _B)
for _op in ("add", "sub", "mul"):
    PRIM_TYPES[f"float_{_op}"] = ((_F, _F), _F)
for _op in ("neg", "abs"):
    PRIM_TYPES[f"float_{_op}"] = ((_F,), _F)
for _op in ("and", "or", "xor"):
    PRIM_TYPES[f"bool_{_op}"] = ((_B, _B), _B)
PRIM_TYPES.update({
    "int_truth": ((_I,), _B), "float_truth": ((_F,), _B), "bool_not": ((_B,), _B), "bool_to_int": ((_B,), _I),
    "int_to_float": ((_I,), _F), "int_to_float_small": ((_I,), _F), "index_in": ((_I, _I), _B), "str_len": ((STR,), _I), "str_bytes": ((STR,), _I),
    "str_truth": ((STR,), _B), "bytes_len": ((BYTES,), _I), "bytes_truth": ((BYTES,), _B), "bytes_at": ((BYTES, _I), _I),
    "num_from_int": ((_I,), NUM), "num_from_float": ((_F,), NUM), "num_from_bool": ((_B,), NUM),
    "num_as_float": ((NUM,), _F), "num_truth": ((NUM,), _B), "num_is_int": ((NUM,), _B),
    "num_is_float": ((NUM,), _B), "num_is_bool": ((NUM,), _B), "math_isnan": ((_F,), _B), "math_isinf": ((_F,), _B), "math_isfinite": ((_F,), _B),
})

# C scalar types and the IR types that may be passed for them
_C_SCALARS = {"int64_t": (INT,), "double": (FLOAT,), "bool": (BOOL,), "PyzNum": (NUM,)}


@functools.lru_cache(maxsize=None)
def _norm_c(t: str) -> str:
    return " ".join(t.replace("*", " * ").split()).replace("const ", "")


class FunctionChecker:
    def __init__(self, module: Module, fn: Function, known: Known, functions: dict[str, Function],
                 classes: dict, fields: dict, globals_: dict):
        self.module = module
        self.fn = fn
        self.known = known
        self.functions = functions
        self.classes = classes
        self.fields = fields
        self.globals = globals_
        self.errors: list[str] = []
        self._names: Names | None = None
        self.at: tuple[Block, int, Op] | None = None  # the op being checked, named in the errors found
        self.block_ids = {id(b) for b in fn.blocks}
        self.declared: dict[str, Reg] = {}

    @property
    def names(self) -> Names:
        """The printed names of registers and blocks (ir/pprint.py), made when an error needs them."""
        if self._names is None:
            self._names = Names(self.fn)
        return self._names

    def error(self, message: str):
        where = ""
        if self.at is not None:
            b, i, op = self.at
            where = f"{self.names.block(b)}[{i}] ({type(op).__name__}, line {getattr(op, 'line', '?')}): "
        self.errors.append(f"{self.fn.name}: {where}{message}")

    def v(self, val) -> str:
        if isinstance(val, Reg):
            return self.names.reg(val)
        return repr(val)

    # ------------------------------------------------------------ the checks
    def check(self) -> list[str]:
        fn = self.fn
        if not fn.blocks:
            self.error("has no blocks")
            return self.errors
        self.check_declarations()
        labels: dict[int, Block] = {}
        for b in fn.blocks:
            if b.label in labels:
                self.error(f"two blocks labelled {b.label}")
            labels[b.label] = b
        for b in fn.blocks:
            self.check_block(b)
        self.check_defined()
        return self.errors

    def check_declarations(self):
        for r in self.fn.regs:
            if r.is_global:
                continue
            other = self.declared.get(r.name)
            if other is not None and other is not r:
                self.error(f"register {r.name} declared twice ({other.type} and {r.type})")
            self.declared[r.name] = r
        for p in self.fn.params:
            if self.declared.get(p.name) is not p:
                self.error(f"parameter {p.name} is not among the function's registers")

    def check_block(self, b: Block):
        if not b.ops:
            self.at = None
            self.error(f"block {self.names.block(b)} is empty (it would fall through into the next)")
            return
        if b.handler is not None and id(b.handler) not in self.block_ids:
            self.at = None
            self.error(f"block {self.names.block(b)}'s handler is not a block of this function")
        for i, op in enumerate(b.ops):
            self.at = (b, i, op)
            last = i == len(b.ops) - 1
            if isinstance(op, TERMINATORS) and not last:
                self.error("terminator before the end of its block")
            if last and not isinstance(op, TERMINATORS):
                self.error("block does not end in a terminator")
            self.check_registers(op)
            getattr(self, "op_" + type(op).__name__, self.op_other)(op)

    def check_registers(self, op: Op):
        uses = op.uses()
        regs = [v for v in uses if isinstance(v, Reg)]
        dst = getattr(op, "dst", None)
        if isinstance(dst, Reg):
            regs.append(dst)
        for v in uses:
            if not isinstance(v, (Reg, Const)):
                self.error(f"operand {v!r} is neither a register nor a constant")
            elif isinstance(v, Const) and v.type == EXC_KIND and v.value not in exceptions.BY_NAME \
                    and v.value not in self.classes:
                self.error(f"exception class {v.value!r} is neither a builtin kind (pyzc/exceptions.py) nor a class")
        for r in regs:
            if r.is_global:
                g = self.globals.get(r.name)
                if g is None:
                    self.error(f"global ${r.name} is not a module global")
                elif g.type != r.type:
                    self.error(f"global ${r.name} used as {r.type}, declared {g.type}")
                continue
            d = self.declared.get(r.name)
            if d is None:
                self.error(f"register {self.v(r)} ({r.name}) is not declared in the function")
            elif d.type != r.type:
                self.error(f"register {self.v(r)} used as {r.type}, declared {d.type}")

    # type agreement
    def same(self, what: str, got: Value, want: Type):
        if got.type == want:
            return
        if got.type == BYTEARRAY and want == BYTES:
            return  # a bytearray is read as a bytes value (runtime_c/bytearray.c)
        if isinstance(got.type, ClassT) and isinstance(want, ClassT):
            return  # every object is a PyzObj *: a subclass where its base is expected, a base in a dispatcher
        if isinstance(got.type, (ListT, DictT, SetT, DequeT)) and type(got.type) is type(want) \
                and suffix(got.type, classes=False) == suffix(want, classes=False):
            return  # one C struct: a display of subclass objects (list[K1]) kept where base objects go (list[K0])
        if isinstance(got.type, (GenT, GenU)) and isinstance(want, GenU) or isinstance(got.type, GenU) and isinstance(want, GenT):
            return  # every generator is a PyzGen *: one of several functions' where any of them is expected
        if got.type == EXC and want == EXC_ARGS:
            return  # e.args is the caught exception itself at run time
        if isinstance(got, Const) and got.value is None and want != NONE and not want.is_scalar():
            return  # None in a pointer slot is NULL
        self.error(f"{what} {self.v(got)} is {got.type}, expected {want}")

    def op_Assign(self, op: Assign):
        self.same("source", op.src, op.dst.type)

    def op_Prim(self, op: Prim):
        known = self.known
        if known.prims:
            if op.op not in known.prims:
                self.error(f"unknown primitive {op.op}")
            elif known.prims[op.op] != len(op.args):
                self.error(f"{op.op} takes {known.prims[op.op]} operands, given {len(op.args)}")
        if op.op in known.checked_prims and op.dst is None:
            self.error(f"{op.op} has no destination")
        sig = PRIM_TYPES.get(op.op)
        if sig is not None and len(sig[0]) == len(op.args):
            for i, (a, t) in enumerate(zip(op.args, sig[0])):
                self.same(f"operand {i} of {op.op}", a, t)
            if op.dst is not None and op.dst.type != sig[1]:
                self.error(f"{op.op} gives {sig[1]}, its destination is {op.dst.type}")

    def op_CallRuntime(self, op: CallRuntime):
        known = self.known
        if not known.runtime:
            return
        name = op.name
        if op.on is not None:
            if name.startswith("pyz_copy_N_"):  # copy.copy / copy.deepcopy of any type (codegen/copy.py)
                return
            kind = CONTAINER_KINDS.get(type(concrete(op.on)))
            if "_N_" not in name or name.split("_")[1] != kind:
                self.error(f"{name} is not a function of a {op.on}")
            return
        entry = known.runtime.get(name)
        if entry is None:
            if not name.startswith(known.rendered_prefixes):
                self.error(f"runtime function {name} is not declared in runtime_c/pyz.h")
            return
        ret, params = entry
        variadic = bool(params) and params[-1] == "..."
        fixed = params[:-1] if variadic else params
        if len(op.args) < len(fixed) or (not variadic and len(op.args) > len(fixed)):
            self.error(f"{name} takes {len(fixed)}{' or more' if variadic else ''} arguments, given {len(op.args)}")
        if op.dst is not None and _norm_c(ret) == "void" and op.dst.type != NONE:
            self.error(f"{name} returns void, its result is written to {self.v(op.dst)}")
        if known.c_type is None:
            return
        for i, (a, p) in enumerate(zip(op.args, fixed)):
            self.c_agrees(f"argument {i} of {name}", a, p)
        if op.dst is not None and op.dst.type != NONE and _norm_c(ret) != "void":
            self.c_agrees(f"result of {name} in", op.dst, ret)

    def c_agrees(self, what: str, val: Value, c_param: str):
        """Whether a value of val's IR type may be passed where C wants c_param: the same C type, or a
        pointer where the runtime takes `void *`, or a scalar C converts without loss."""
        assert self.known.c_type is not None
        have = self.c_type_of(val.type)
        if have is None:
            return
        want = _norm_c(c_param)
        if have == want:
            return
        if isinstance(val, Const) and val.value is None and want.endswith("*"):
            return
        if want == "void *" and have.endswith("*"):
            return
        if have.endswith("*") != want.endswith("*"):
            self.error(f"{what} {self.v(val)} is {val.type} ({have}), C wants {want}")

    def c_type_of(self, t: Type) -> str | None:
        """known.c_type(t) normalised, None for IR-only types with no C type of their own (exception kinds are
        C enums); remembered in known.c_types."""
        cache = self.known.c_types
        try:
            return cache[t]
        except KeyError:
            pass
        assert self.known.c_type is not None
        try:
            have: str | None = _norm_c(self.known.c_type(t))
        except AssertionError:
            have = None
        cache[t] = have
        return have

    def op_Call(self, op: Call):
        callee = self.functions.get(op.func)
        if callee is None:
            self.error(f"calls {op.func}, which is not a function of the module")
            return
        if len(op.args) != len(callee.params):
            self.error(f"{op.func} takes {len(callee.params)} arguments, given {len(op.args)}")
            return
        for a, p in zip(op.args, callee.params):
            self.same(f"argument {p.name} of {op.func}:", a, p.type)
        if op.dst is not None and op.dst.type != callee.return_type:
            self.error(f"{op.func} returns {callee.return_type}, its result goes to {self.v(op.dst)}: {op.dst.type}")

    def op_BuildStr(self, op: BuildStr):
        if op.pads is not None and len(op.pads) != len(op.parts):
            self.error(f"build_str: {len(op.parts)} parts, {len(op.pads)} pads")
        if op.ranges is not None:
            if op.pads is None or len(op.ranges) != len(op.parts):
                self.error(f"build_str: {len(op.parts)} parts, ranges {op.ranges!r} (pads {op.pads!r})")
            for i, r in enumerate(op.ranges):
                if r is None:
                    continue
                if op.parts[i].type != STR or (op.pads is not None and op.pads[i][:1] not in ("", "<", ">", "=")):
                    self.error(f"build_str: a range of part {i}, which is not a str part")
                for v in r:
                    self.same("range bound", v, INT)
        for i, p in enumerate(op.parts):
            if op.pads is not None and p.type == INT:
                if not re.fullmatch(r"(0?[1-9][0-9]{0,3})?", op.pads[i]):
                    self.error(f"build_str: pad {op.pads[i]!r} of an int part")
                continue
            if op.pads is not None and op.pads[i][:1] == "j":  # a list joined
                self.same("joined part", p, ListT(STR))
                continue
            if op.pads is not None and op.pads[i] and not re.fullmatch(r"[<>=][1-9][0-9]{0,3}", op.pads[i]):
                self.error(f"build_str: pad {op.pads[i]!r} of a {p.type} part")
            self.same("part", p, STR)
        self.same("result", op.dst, STR)

    def op_NewList(self, op: NewList):
        t = op.dst.type
        if not isinstance(t, ListT):
            self.error(f"new list written to {self.v(op.dst)}: {t}")
            return
        for item in op.items:
            self.same("item", item, t.elem)

    def op_MakeTuple(self, op: MakeTuple):
        t = op.dst.type
        if not isinstance(t, TupleT) or len(t.elems) != len(op.items):
            self.error(f"{len(op.items)}-tuple written to {self.v(op.dst)}: {t}")
            return
        for item, e in zip(op.items, t.elems):
            self.same("item", item, e)

    def op_TupleGet(self, op: TupleGet):
        t = op.tup.type
        if not isinstance(t, TupleT) or not 0 <= op.index < len(t.elems):
            self.error(f"item {op.index} of {self.v(op.tup)}: {t}")
            return
        self.same("item", op.dst, t.elems[op.index])

    def list_item(self, lst: Value, index: Value, item: Value):
        t = lst.type
        if not isinstance(t, ListT):
            self.error(f"indexes {self.v(lst)}, a {t}, as a list")
            return
        self.same("index", index, INT)
        self.same("item", item, t.elem)

    def op_ListGet(self, op: ListGet):
        self.list_item(op.lst, op.index, op.dst)

    def op_ListSet(self, op: ListSet):
        self.list_item(op.lst, op.index, op.value)

    def op_NewObject(self, op: NewObject):
        if op.cls not in self.classes:
            self.error(f"new object of unknown class {op.cls}")
        if not isinstance(op.dst.type, ClassT) or op.dst.type.name != op.cls:
            self.error(f"new {op.cls} written to {self.v(op.dst)}: {op.dst.type}")

    def field(self, obj: Value, owner: str, attr: str, value: Value):
        if not isinstance(obj.type, ClassT):
            self.error(f"field {attr} of {self.v(obj)}, a {obj.type}")
        t = self.fields.get((owner, attr))
        if t is None:
            self.error(f"class {owner} lays out no field {attr}")
        else:
            self.same(f"field {owner}.{attr}:", value, t)

    def op_GetField(self, op: GetField):
        self.field(op.obj, op.owner, op.attr, op.dst)

    def op_SetField(self, op: SetField):
        self.field(op.obj, op.owner, op.attr, op.value)

    def op_CheckObj(self, op: CheckObj):
        if not isinstance(op.obj.type, ClassT):
            self.error(f"None check of {self.v(op.obj)}, a {op.obj.type}")

    def op_Raise(self, op: Raise):
        if op.obj is None and op.kind not in exceptions.BY_NAME:
            self.error(f"raises {op.kind!r}, which is not a builtin exception kind (pyzc/exceptions.py)")
        if isinstance(op.message, (Reg, Const)):
            self.same("message", op.message, STR)
        elif op.message is not None and not isinstance(op.message, str):
            self.error(f"message {op.message!r} is neither a str, a value nor None")

    def op_Reraise(self, op: Reraise):
        self.same("exception", op.exc, EXC)

    def op_Goto(self, op: Goto):
        self.target(op.target)

    def op_Branch(self, op: Branch):
        self.same("condition", op.cond, BOOL)
        self.target(op.then)
        self.target(op.else_)

    def target(self, b: Block):
        if id(b) not in self.block_ids:
            self.error(f"jumps to block {b.label}, which is not in this function")

    def op_Yield(self, op: Yield):
        if self.fn.generator is None:
            self.error("yield outside a generator's resume function")
        else:
            self.same("yielded value", op.value, self.fn.generator.item)

    def op_Return(self, op: Return):
        rt = self.fn.return_type if self.fn.generator is None else self.fn.generator.ret
        if op.value is None:
            if rt != NONE:
                self.error(f"returns nothing from a function returning {rt}")
        elif rt == NONE:
            if not (isinstance(op.value, Const) and op.value.value is None):
                self.error(f"returns {self.v(op.value)} from a function returning None")
        else:
            self.same("returned value", op.value, rt)

    def op_other(self, op: Op):
        pass

    # ------------------------------------------------------------ definedness of temporaries
    def check_defined(self):
        """Every temporary read is written on some path to the read (a forward may-analysis;
        exception edges carry what was written before the op that raised).

        Not on every path: lowering writes some temporaries under a condition and reads them
        under the same condition tested again (next() on an iterator, max() with key=), which a
        path-insensitive must-analysis cannot follow.  The C local starts zeroed either way."""
        fn = self.fn
        entry = fn.blocks[0]
        reachable = reachable_blocks(entry)
        blocks = [b for b in fn.blocks if id(b) in reachable]
        temps = [r for r in fn.regs if is_temp(r.name)]
        if not temps:
            return  # only temporaries are checked
        bit = {id(r): 1 << i for i, r in enumerate(temps)}

        def bits(regs) -> int:
            out = 0
            for r in regs:
                out |= bit.get(id(r), 0)
            return out

        # per op, as bit sets: what it writes, and of that its out-operands (written before it reads any);
        # per block: what it writes, and what it has written before its last op that can raise
        op_writes: dict[int, list[tuple[int, int]]] = {}
        gen: dict[int, int] = {}
        gen_at_raise: dict[int, int | None] = {}
        for b in blocks:
            cur, at_raise = 0, None
            per_op = op_writes[id(b)] = []
            for op in b.ops:
                if op.can_raise():
                    at_raise = cur
                dst = getattr(op, "dst", None)
                written = self.written(op)
                w = bits(written)
                per_op.append((w, bits(r for r in written if r is not dst)))
                cur |= w
            gen[id(b)], gen_at_raise[id(b)] = cur, at_raise
        state_in = {id(b): 0 for b in blocks}
        work = deque(blocks)  # forward order: most facts settle in one sweep
        queued = {id(b) for b in blocks}
        while work:
            b = work.popleft()
            queued.discard(id(b))
            into = state_in[id(b)]
            edges = []
            t = b.ops[-1] if b.ops else None
            if isinstance(t, Goto):
                edges.append(t.target)
            elif isinstance(t, Branch):
                edges += [t.then, t.else_]
            out = into | gen[id(b)]
            flows = [(succ, out) for succ in edges]
            at_raise = gen_at_raise[id(b)]
            if b.handler is not None and at_raise is not None:
                flows.append((b.handler, into | at_raise))
            for succ, written in flows:
                old = state_in.get(id(succ))
                if old is not None and written & ~old:
                    state_in[id(succ)] = old | written
                    if id(succ) not in queued:
                        queued.add(id(succ))
                        work.append(succ)
        for b in blocks:
            cur = state_in[id(b)]
            for i, (op, (w, w_out)) in enumerate(zip(b.ops, op_writes[id(b)])):
                cur |= w_out  # an out-operand (sb_init(&sb)) is written by the op that names it, before any read
                for v in op.uses():
                    if isinstance(v, Reg) and id(v) in bit and not cur & bit[id(v)]:
                        self.at = (b, i, op)
                        self.error(f"temporary {self.v(v)} is read before any path writes it")
                cur |= w

    def written(self, op: Op) -> list[Reg]:
        """The registers op writes: its destination, and a primitive's out-operands (sb_init(&sb))."""
        out = []
        dst = getattr(op, "dst", None)
        if isinstance(dst, Reg):
            out.append(dst)
        if isinstance(op, Prim):
            for i in self.known.prim_writes.get(op.op, ()):
                if i < len(op.args) and isinstance(op.args[i], Reg):
                    out.append(op.args[i])
        return out


def check_module(module: Module, known: Known | None = None) -> list[str]:
    """Every invariant broken by module, as messages (empty when the IR is sound)."""
    known = known or Known()
    errors: list[str] = []
    functions: dict[str, Function] = {}
    for fn in module.functions:
        if fn.name in functions:
            errors.append(f"two functions named {fn.name}")
        functions[fn.name] = fn
    if module.main not in functions:
        errors.append(f"the module body {module.main} is not among the functions")
    classes = {c.name: c for c in module.classes}
    fields = {}
    for c in module.classes:
        for owner, attr, t in c.fields:
            fields[(owner, attr)] = t
    globals_ = {g.name: g for g in module.globals}
    for fn in module.functions:
        errors += FunctionChecker(module, fn, known, functions, classes, fields, globals_).check()
    return errors
