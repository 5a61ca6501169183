"""The typed IR: functions of basic blocks, explicit types, explicit errors.

Values are registers (C locals, typed) and constants.  Each op knows its
result type and whether it can raise; an op that can raise carries the
Python line it came from, and on error control goes to the function's error
exit for that line (the traceback frame is added there, on the error path
only).  Blocks end in exactly one terminator (Goto, Branch, Return, or an op
that always raises: Raise, Reraise, Propagate), and have none before it
(ir/check.py checks this and the other invariants after every pass).

Ops are small classes with slots; a pass walks `func.blocks` and rewrites
them.  The primitive operations (`Prim`) are named by strings whose C
spelling lives in codegen/prims.py, so the IR itself stays free of C.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from ..diagnostics import SourceFile
from ..types.model import Type

# Temporaries are named "t.<N>": no Python identifier contains a dot, so a
# temporary can never share a name with a user variable such as `t1`.
TEMP_PREFIX = "t."


def temp_name(n: int) -> str:
    return f"{TEMP_PREFIX}{n}"


def is_temp(name: str) -> bool:
    return name.startswith(TEMP_PREFIX)


@dataclass(eq=False, slots=True)
class Reg:
    name: str
    type: Type
    is_global: bool = False  # a module-level variable (a C global), shared by all functions

    def __repr__(self):
        return f"%{self.name}"


@dataclass(eq=False, slots=True)
class Const:
    value: object  # int, float, bool, str, None
    type: Type

    def __repr__(self):
        return repr(self.value)


Value = Union[Reg, Const]


class Op:
    __slots__ = ()
    line: int

    def can_raise(self) -> bool:
        return False

    def uses(self) -> list[Value]:
        return []


@dataclass(eq=False, slots=True)
class Assign(Op):
    """dst = src; with `unbinds`, `del dst` (src is dst itself, so the read checks that it is bound):
    dst has no value afterwards (passes/check_unbound.py)."""
    dst: Reg
    src: Value
    line: int = 0
    unbinds: bool = False

    def uses(self):
        return [self.src]


# An int is one int64_t word (runtime_c/int.c): words from SMALL_MIN up are the int itself ("small"),
# the others hold a big int.  A constant outside [SMALL_MIN, INT64_MAX] is made at run time.
SMALL_MIN = -(2**63) + 2**60
INT64_MAX = 2**63 - 1


def is_small_int(v: int) -> bool:
    return SMALL_MIN <= v <= INT64_MAX


@dataclass(eq=False, slots=True)
class Prim(Op):
    """dst = op(args): arithmetic, comparisons, conversions; see codegen/prims.py."""
    dst: Reg | None
    op: str
    args: list[Value]
    line: int
    raises: bool = False
    proven: int = 0  # bit i: codegen tests args[i] for no big word (runtime_c/int.c): proved small, or the result test catches it (passes/remove_range_checks.py)
    # a checked + - * whose operands are all proved small: its slow path runs only when the exact result is
    # not small, so it gives a big word (codegen tells the C compiler so)
    small_args: bool = False
    # an int_add of operands >= 0 (passes/remove_range_checks.py), whose words are negative exactly when big:
    # 1: one proved small and at most 2**62, so the wrapped sum is negative exactly when the fast path does
    # not hold, and that is its one test (`total += x`, `count += 1`); 2: otherwise, that test or either
    # operand negative (`fib(n - 1) + fib(n - 2)`)
    nonneg: int = 0
    # the jump back of folded self-calls, its checks made one (passes/fuse_tail_checks.py): this nonneg == 2
    # add's slow path first tests the pending exception of the call whose result it adds, then the room left
    fused: FusedChecks | None = None

    def can_raise(self):
        return self.raises

    def uses(self):
        return list(self.args) + ([self.fused.room] if self.fused is not None else [])


@dataclass(eq=False, slots=True)
class FusedChecks:
    """What the slow path of an accumulator's add tests before adding (passes/fuse_tail_checks.py): the
    call at `call_line` raised (its callee returned PYZ_INT_ERR_WORD, a negative word, so the add's test
    fired), or `room` (the folded calls the stack still holds, decremented before the add) is below 0:
    RecursionError, as the StackCheck it replaces raised."""
    call_line: int
    room: Reg


# Prims whose C runs the items' own code (a class's __repr__): they raise when that code can
# (passes/mark_raising.py; tests/test_runtime_raises.py checks it against codegen/prims.py).
ITEM_CODE_PRIMS = frozenset({"exc_repr_any"})


@dataclass(frozen=True)
class SpecFn:
    """A function of a container specialisation, named symbolically: the template's function (with N for
    the specialisation, as templates/*.c.j2 write it) and the container type it is rendered for.  The IR
    never spells C names: codegen/naming.spec_fn does.  `pyz_copy_N_shallow` / `pyz_copy_N_deepcopy` are
    copy.copy / copy.deepcopy of a value of type `on` (codegen/copy.py renders them)."""
    template: str  # pyz_list_N_append
    on: Type  # list[int]

    @property
    def kind(self) -> str:
        return self.template.split("_")[1]

    @property
    def verb(self) -> str:
        return self.template.split("_N_", 1)[1]


def list_fn(t: Type, verb: str) -> SpecFn:
    return SpecFn(f"pyz_list_N_{verb}", t)


def tuple_fn(t: Type, verb: str) -> SpecFn:
    return SpecFn(f"pyz_tuple_N_{verb}", t)


def dict_fn(t: Type, verb: str) -> SpecFn:
    return SpecFn(f"pyz_dict_N_{verb}", t)


def set_fn(t: Type, verb: str) -> SpecFn:
    return SpecFn(f"pyz_set_N_{verb}", t)


def deque_fn(t: Type, verb: str) -> SpecFn:
    return SpecFn(f"pyz_deque_N_{verb}", t)


def call_runtime(dst: Reg | None, fn: str | SpecFn, args: list[Value], line: int, raises: bool = False) -> CallRuntime:
    if isinstance(fn, SpecFn):
        return CallRuntime(dst, fn.template, args, line, raises, fn.on)
    return CallRuntime(dst, fn, args, line, raises)


@dataclass(eq=False, slots=True)
class CallRuntime(Op):
    """dst = name(args): a function of the C runtime (pyz.h), or (`on` given) the function `name` of a
    container template (pyz_list_N_append) rendered for the container type `on` (codegen spells its C name)."""
    dst: Reg | None
    name: str
    args: list[Value]
    line: int
    raises: bool = False
    on: Type | None = None

    @property
    def fn(self) -> str | SpecFn:
        return self.name if self.on is None else SpecFn(self.name, self.on)

    def can_raise(self):
        return self.raises

    def uses(self):
        return list(self.args)


@dataclass(eq=False, slots=True)
class Call(Op):
    """dst = func(args): a compiled Python function (an instance)."""
    dst: Reg | None
    func: str  # IR function name
    args: list[Value]
    line: int
    raises: bool = True
    # its pending test is in the slow path of the add that reads its result (Prim.fused): the callee
    # returns PYZ_INT_ERR_WORD with an exception pending (Function.error_word)
    tested_by_result: bool = False

    def can_raise(self):
        return self.raises

    def uses(self):
        return list(self.args)


@dataclass(eq=False, slots=True)
class BuildStr(Op):
    """dst = concatenation of parts: f-strings, chains of +.  A part is a str, or an int written in decimal
    (str(x), f"{x}"), right-aligned in the width its pad gives: pads[i] is "" (none) or a format spec
    "<0 or nothing><width>" ("02": f"{x:02}") for an int part, "<align><width>" for a str part (">7"
    s.rjust(7), "<7" s.ljust(7), "=7" s.zfill(7)); a list[str] part is joined, its pad "j" and the
    separator (`"j,"`: ",".join(xs)) (passes/fuse_str_parts.py makes these).  It raises for an int
    part that may be big (its str past 4,300 digits: passes/guard_big_ints.py decides), and for a
    list part (a result too long, as join).  ranges[i] = (a, b): the str part i is its bytes [a, b)
    (to the end when b < 0), a piece never made (passes/split_piece_ranges.py).
    """
    dst: Reg
    parts: list[Value]
    line: int = 0
    pads: list[str] | None = None  # None: no int part and no pad
    raises: bool = False
    ranges: list[tuple[Value, Value] | None] | None = None

    def can_raise(self):
        return self.raises

    def uses(self):
        return list(self.parts) + [v for r in self.ranges or () if r is not None for v in r]


@dataclass(eq=False, slots=True)
class NewList(Op):
    """dst = a list holding items (all of the element type).  local: the list never leaves this call
    of the function (passes/frame_lists.py), so its header and first items are in the C frame."""
    dst: Reg
    items: list[Value]
    line: int = 0
    local: bool = False

    def uses(self):
        return list(self.items)


@dataclass(eq=False, slots=True)
class MakeTuple(Op):
    """dst = (items...): a tuple is a C struct passed by value."""
    dst: Reg
    items: list[Value]
    line: int = 0

    def uses(self):
        return list(self.items)


@dataclass(eq=False, slots=True)
class TupleGet(Op):
    """dst = tup[index] for a constant, non-negative index."""
    dst: Reg
    tup: Value
    index: int
    line: int = 0

    def uses(self):
        return [self.tup]


@dataclass(eq=False, slots=True)
class ListGet(Op):
    """dst = lst[index]: negative indices count from the end; IndexError outside the list.
    check: "full"; "upper" when the index is proved >= 0 (only index < len is tested); "none" when it
    is proved inside the list (passes/remove_range_checks.py)."""
    dst: Reg
    lst: Value
    index: Value
    line: int
    check: str = "full"

    def can_raise(self):
        return self.check != "none"

    def uses(self):
        return [self.lst, self.index]


@dataclass(eq=False, slots=True)
class ListSet(Op):
    """lst[index] = value, with ListGet's index rules (and its `check`)."""
    lst: Value
    index: Value
    value: Value
    line: int
    check: str = "full"

    def can_raise(self):
        return self.check != "none"

    def uses(self):
        return [self.lst, self.index, self.value]


@dataclass(eq=False, slots=True)
class NewObject(Op):
    """dst = a new object of class cls, its fields zeroed (then __init__ is called on it)."""
    dst: Reg
    cls: str
    line: int = 0


@dataclass(eq=False, slots=True)
class GetField(Op):
    """dst = obj.attr, where attr is a field laid out by class `owner`.  checked: obj may be
    None, which raises AttributeError."""
    dst: Reg
    obj: Value
    owner: str
    attr: str
    line: int
    checked: bool = True

    def can_raise(self):
        return self.checked

    def uses(self):
        return [self.obj]


@dataclass(eq=False, slots=True)
class SetField(Op):
    """obj.attr = value (see GetField)."""
    obj: Value
    owner: str
    attr: str
    value: Value
    line: int
    checked: bool = True

    def can_raise(self):
        return self.checked

    def uses(self):
        return [self.obj, self.value]


@dataclass(eq=False, slots=True)
class ReadVar(Op):
    """Python read the local var here, in source order, but the op that uses its value comes
    later (`u0 + len(u1)` reads u0 before len(u1) runs).  It computes nothing: check_unbound tests
    the variable here if it may be unassigned, so the error names the variable CPython names,
    and then removes every ReadVar."""
    var: Reg
    line: int

    def uses(self):
        return [self.var]


@dataclass(eq=False, slots=True)
class CheckObj(Op):
    """Raise AttributeError (CPython's 'NoneType' message for attr) when obj is None:
    before a method call on an object that may be None."""
    obj: Value
    attr: str
    line: int

    def can_raise(self):
        return True

    def uses(self):
        return [self.obj]


@dataclass(eq=False, slots=True)
class Raise(Op):
    """Raise a builtin exception: a fixed message (str), a computed one (a str Value), or None for none;
    or, with obj, an object of a user exception class (its kind comes from the object's class)."""
    kind: str
    message: str | Value | None
    line: int
    obj: Value | None = None
    args: list | None = None  # `raise E(a, b)`: [repr of the arguments' tuple, str of the first, count]
    has_cause: bool = False  # `raise ... from cause`: cause is a caught exception (EXC), or None for `from None`
    cause: Value | None = None

    def can_raise(self):
        return True

    def uses(self):
        out = [self.message] if isinstance(self.message, (Reg, Const)) else []
        out += [self.cause] if self.cause is not None else []
        return out + ([self.obj] if self.obj is not None else []) + list(self.args or [])


@dataclass(eq=False, slots=True)
class Propagate(Op):
    """The pending exception goes on: to the block's handler, or out of the function
    with the line recorded when it entered this function's handlers.  With `inlined`, the handler
    of a generator's body inlined into its consumer (passes/inline_generators.py): the exception
    leaves that body as it would have left the generator's frame (the frame of the generator
    `inlined`, stopped at the line where the exception entered the handler, then PEP 479's
    StopIteration check), and goes on as raised at `line`, the consumer's resume of it."""
    line: int
    inlined: str | None = None

    def can_raise(self):
        return True


@dataclass(eq=False, slots=True)
class Reraise(Op):
    """Raise a caught exception again (bare `raise`, `raise e`)."""
    exc: Value
    line: int
    bare: bool = False  # bare `raise`: the traceback keeps the line where this function caught it

    def can_raise(self):
        return True

    def uses(self):
        return [self.exc]


@dataclass(eq=False, slots=True)
class StackCheck(Op):
    """Entry of a function on a call-graph cycle: RecursionError instead of a stack overflow.  With
    `depth`, the jump back of a loop of folded self-calls (passes/tail_accumulation.py): it raises, as
    the call at `line` would, when `depth` of them fill the stack (pyz_tail_room)."""
    line: int
    depth: Value | None = None

    def can_raise(self):
        return True

    def uses(self):
        return [self.depth] if self.depth is not None else []


@dataclass(eq=False, slots=True)
class Yield(Op):
    """Inside a generator's resume function: hand value to the consumer and return; the next resume
    continues right after this op with every register as it was (codegen saves the registers live
    here into the generator's frame and restores them).  Control flow inside the function is as if
    the op did nothing, so every pass treats it as a plain op."""
    value: Value
    line: int

    def uses(self):
        return [self.value]


@dataclass(eq=False, slots=True)
class GenNew(Op):
    """dst = a new generator of the resume function `resume`, its parameters' registers in the frame
    set to args, not started."""
    dst: Reg
    resume: str  # IR name of the generator's resume function
    args: list[Value]
    line: int = 0

    def uses(self):
        return list(self.args)


@dataclass(eq=False, slots=True)
class GenGet(Op):
    """dst = the item the generator gen last yielded ("item") or the value its `return` gave ("ret").
    resume "" : a generator of several functions, whose frames all start with the header and the item."""
    dst: Reg
    gen: Value
    resume: str
    what: str  # "item" or "ret"
    line: int = 0

    def uses(self):
        return [self.gen]


@dataclass(eq=False, slots=True)
class GenResume(Op):
    """dst = resume gen through the function its frame records: a generator of one of several
    functions (targets, their resume functions)."""
    dst: Reg
    gen: Value
    targets: list[str]
    line: int
    raises: bool = True

    def can_raise(self):
        return self.raises

    def uses(self):
        return [self.gen]


@dataclass(eq=False, slots=True)
class NewClosure(Op):
    """dst = a closure of the function `func` (its number fid): a heap environment that starts with
    fid and holds captures, the values of what the function reads (frontend/closures.py), typed env.
    As a FuncT value it is the environment's address (ir/build_functions.py)."""
    dst: Reg
    func: str
    fid: int
    captures: list[Value]
    env: list  # the types of the environment's slots
    line: int = 0

    def uses(self):
        return list(self.captures)


@dataclass(eq=False, slots=True)
class ClosureGet(Op):
    """dst = slot index of the environment of closure, a closure of `func` (NewClosure)."""
    dst: Reg
    closure: Value
    func: str
    index: int
    env: list
    line: int = 0

    def uses(self):
        return [self.closure]


# ---- terminators
@dataclass(eq=False, slots=True)
class Goto(Op):
    target: "Block"
    line: int = 0


@dataclass(eq=False, slots=True)
class Branch(Op):
    cond: Value  # bool
    then: "Block"
    else_: "Block"
    line: int = 0

    def uses(self):
        return [self.cond]


@dataclass(eq=False, slots=True)
class Return(Op):
    value: Value | None
    line: int = 0

    def uses(self):
        return [self.value] if self.value is not None else []


# Raise, Reraise and Propagate always leave the block (to its handler or out of the function).
TERMINATORS = (Goto, Branch, Return, Propagate, Raise, Reraise)


@dataclass(eq=False)
class Block:
    label: int
    ops: list[Op] = field(default_factory=list)
    # Where an exception raised by an op of this block goes: the handler block of the
    # enclosing try, or None to leave the function (adding its traceback frame).
    handler: "Block | None" = None

    def __repr__(self):  # short: an op's repr names its target blocks, which name theirs (see Module)
        return f"Block(L{self.label}, {len(self.ops)} ops)"

    @property
    def terminated(self) -> bool:
        return bool(self.ops) and isinstance(self.ops[-1], TERMINATORS)

    def successors(self) -> list["Block"]:
        """Blocks control may go to next, the exception handler included when an op can raise."""
        out: list[Block] = []
        if self.handler is not None and any(op.can_raise() for op in self.ops):
            out.append(self.handler)
        if not self.ops:
            return out
        t = self.ops[-1]
        if isinstance(t, Goto):
            out.append(t.target)
        elif isinstance(t, Branch):
            out += [t.then, t.else_]
        return out


def reachable_blocks(entry: Block) -> set[int]:
    """ids of the blocks control can reach from entry (exception handlers included)."""
    seen: set[int] = set()
    stack = [entry]
    while stack:
        b = stack.pop()
        if id(b) in seen:
            continue
        seen.add(id(b))
        stack.extend(b.successors())
    return seen


def drop_unreachable_blocks(fn: "Function") -> None:
    """Keep only the blocks control can reach.  A kept block whose handler goes has no op that can
    raise (else the handler would be reachable), so it gets none: no block names a dropped block."""
    seen = reachable_blocks(fn.blocks[0])
    fn.blocks = [b for b in fn.blocks if id(b) in seen]
    for b in fn.blocks:
        if b.handler is not None and id(b.handler) not in seen:
            b.handler = None


@dataclass(eq=False)
class GenFrame:
    """What makes a Function the resume function of a generator: it takes the generator (its one
    parameter) and returns whether an item was yielded.  params: the Python parameters' registers,
    loaded from the frame when it starts; item and ret: the types of what it yields and returns.
    lens: (len register, container parameter) pairs, the len registers last among params: the constructor
    stores the container's len there itself (a dict or set a generator expression walks keeps the size
    it had where the expression was, as CPython's iterator made there: build_iteration.hash_cursor)."""
    params: list[Reg]
    item: Type
    ret: Type
    lens: list[tuple[Reg, Reg]] = field(default_factory=list)


@dataclass(eq=False, slots=True)
class TailFrames:
    """Self-calls folded into a loop (passes/tail_accumulation.py): `depth` of them, each a frame stopped
    at `line`, which every error exit adds to the traceback after the function's own.  With `counts_down`
    (passes/fuse_tail_checks.py), `depth` holds the room left instead, pyz_tail_room less the folded calls."""
    depth: Reg
    line: int
    counts_down: bool = False


@dataclass(eq=False)
class Function:
    name: str  # unique IR/C-level name of this instance
    py_name: str  # Python name, for tracebacks ("<module>" for the module body)
    params: list[Reg]
    return_type: Type
    blocks: list[Block] = field(default_factory=list)
    regs: list[Reg] = field(default_factory=list)  # every register, params first
    on_cycle: bool = False  # set by passes/mark_recursion.py
    first_line: int = 1
    adds_frame: bool = True  # False for method dispatchers: tracebacks show only Python functions
    generator: GenFrame | None = None  # the resume function of a generator (Yield ops, ir/build_generators.py)
    tail_frames: TailFrames | None = None
    # returns PYZ_INT_ERR_WORD, not 0, with an exception pending: a caller may test its result instead of
    # the pending flag (Call.tested_by_result; passes/fuse_tail_checks.py)
    error_word: bool = False
    # "always": the C compiler is told to inline it; "never": not to (passes/split_base_case.py)
    inlining: str | None = None

    def __repr__(self):  # short (see Module)
        return f"Function({self.name}, {len(self.blocks)} blocks, {len(self.regs)} registers)"

    def can_raise(self) -> bool:
        return any(op.can_raise() for b in self.blocks for op in b.ops)


@dataclass(eq=False)
class Global:
    name: str
    type: Type


@dataclass(eq=False)
class Module:
    path: str  # the main Python file's path
    source: SourceFile  # every file of the program: source.locate(line) gives (path, line, text)
    functions: list[Function]
    globals: list[Global]
    main: str  # name of the module-body function
    list_elem_types: set = field(default_factory=set)  # element types whose list specialisation is used
    tuple_types: set = field(default_factory=set)  # tuple types whose struct and functions are used
    dict_types: set = field(default_factory=set)
    set_types: set = field(default_factory=set)
    deque_types: set = field(default_factory=set)
    opt_types: set = field(default_factory=set)  # OptT types held by value: a struct declared per type
    copy_types: set = field(default_factory=set)  # (type, deep): the copy functions codegen renders (codegen/copy.py)
    classes: list = field(default_factory=list)  # ClassLayout of every class, in id order
    elem_ops: dict = field(default_factory=dict)  # (class, dunder) -> IR function: containers' item ops
    provisional_raises: set = field(default_factory=set)  # id() of item ops marked raising until mark_raising decides
    item_code_raises: bool = False  # some item op can raise (passes/mark_raising.py): containers check after each
    # (Python name, first line) of function instances dropped because nothing that runs calls them
    # (passes/remove_dead_functions.py); `pyzc analyze` lists them
    left_out: list = field(default_factory=list)
    # hybrid mode (pyzc build --module): the functions CPython calls, by the IR function each calls
    exports: list = field(default_factory=list)  # of ExportedFunction
    not_exported: list = field(default_factory=list)  # (Python name, why CPython cannot call it)

    def __repr__(self):
        """Its name and size.  The dataclass repr went through every block of every function: pytest
        shows a failing test's arguments by repr, which once took 45 minutes and 11 GB over one Module.
        (A class that defines __repr__ keeps it under @dataclass; equality stays identity, eq=False.)"""
        return f"Module({self.path}, {len(self.functions)} functions, {len(self.globals)} globals)"


@dataclass(frozen=True)
class ExportedFunction:
    """A function a compiled module exports to CPython: its Python name, the IR function its calls go to,
    and the types that cross the boundary (types/exports.py chose them)."""
    name: str
    func: str
    params: tuple
    param_types: tuple
    return_type: Type
    defaults: tuple  # (parameter, Python source of its constant default)


@dataclass(eq=False)
class ClassLayout:
    """A class as C sees it: its id range (itself and its subclasses), its fields with the
    base's first, the functions str() and repr() call, and the names the program prints for it
    (set by lowering from the front end's naming, so codegen need not know it)."""
    name: str
    id: int
    last_id: int
    fields: list  # (owner class, attribute, type), base class fields first
    str_func: str | None  # IR function for str(obj): __str__, else __repr__, else None (default repr)
    repr_func: str | None
    qualified_name: str = ""  # in the default repr: `__main__.Point`, `shapes.Point`
    bare_name: str = ""  # its own name: `Point` (an exception's repr, `BadInput('message')`)
    traceback_name: str = ""  # an exception class in a traceback's last line: `BadInput`, `helpers.BadInput`
    exc_parent: str | None = None  # exceptions: the base class (a user class or a builtin exception)
    exc_root: str | None = None  # exceptions: the class that holds the message field
