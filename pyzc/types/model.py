"""The static types of pyzc programs.

Every variable, field and expression has exactly one of these.  Types are
immutable and hashable: a function's instance is keyed by its argument
types (monomorphisation).  BOTTOM is "not known yet" during inference; an
element type of BOTTOM in a finished program means "never holds a value"
(an empty list that is only printed), and is emitted as int.
"""

from __future__ import annotations

import ast

from typing import TypeVar

from dataclasses import dataclass


class Type:
    def is_scalar(self) -> bool:
        return False

    def has_bottom(self) -> bool:
        return False


@dataclass(frozen=True)
class Prim(Type):
    name: str

    def __str__(self) -> str:
        return self.name.replace(":", ".")  # an imported module's class: helpers.Point

    def is_scalar(self) -> bool:
        return self.name in ("int", "float", "bool")

    def has_bottom(self) -> bool:
        return self.name == "<unknown>"


@dataclass(frozen=True)
class ListT(Type):
    elem: Type

    def __str__(self) -> str:
        return f"list[{self.elem}]"

    def has_bottom(self) -> bool:
        return self.elem.has_bottom()


@dataclass(frozen=True)
class VarTupleT(ListT):
    """A tuple whose length is known only when the program runs (`tuple(xs)`, a slice of one), all its
    items of one type: `tuple[int, ...]`.  It is a list that nothing mutates: the same C list, read by
    every list operation that does not change it; it prints, hashes and names itself as a tuple.
    Inference refuses the list operations that would change it, as CPython does."""

    def __str__(self) -> str:
        return f"tuple[{self.elem}, ...]"


@dataclass(frozen=True)
class ArrayT(ListT):
    """An array.array of typecode `code`: its items are ints (b B h H i I l L q Q) or floats (f d),
    held as a list of int or float is (the same C list and functions, primitives/array_ops.py), but
    each value stored is checked to fit the typecode (OverflowError) or rounded to a C float (`f`).
    It prints as an array and is a type of its own: it joins with nothing but itself."""
    code: str = "l"

    def __str__(self) -> str:
        return "array.array"


@dataclass(frozen=True)
class StructT(Type):
    """A struct.Struct of a constant format (primitives/struct_ops.py): its methods are struct's
    functions with that format, known when compiling.  The value is the format, a str."""
    fmt: str

    def __str__(self) -> str:
        return "struct.Struct"


@dataclass(frozen=True)
class PatternT(Type):
    """A compiled re.Pattern (a PyzRe *, runtime_c/re.c) with its number of groups when its pattern is
    a constant (-1 when not known): findall's result is a list of strs or of tuples by that number."""
    groups: int

    def __str__(self) -> str:
        return "re.Pattern"


def same_kind(t: ListT, elem: Type) -> ListT:
    """A list, a tuple of any length or an array, like t with items of type elem."""
    if isinstance(t, ArrayT):
        return ArrayT(elem, t.code)
    return VarTupleT(elem) if isinstance(t, VarTupleT) else ListT(elem)


@dataclass(frozen=True)
class TupleT(Type):
    """A tuple of known length.  A named tuple (collections.namedtuple, typing.NamedTuple:
    frontend/namedtuples.py) is one too, with its class's name and field names: a tuple in every
    way (indexing, unpacking, comparison, hashing), its fields also read by name, printed as
    `P(x=1, y=2)`.  Tuples of two names, or a named and a plain one, are different types."""
    elems: tuple
    name: str = ""
    fields: tuple = ()

    def __str__(self) -> str:
        if self.name:
            return self.name
        if len(self.elems) == 1:
            return f"tuple[{self.elems[0]}]"
        return "tuple[" + ", ".join(str(e) for e in self.elems) + "]"

    def has_bottom(self) -> bool:
        return any(e.has_bottom() for e in self.elems)


@dataclass(frozen=True)
class DictT(Type):
    """A dict; `kind` marks the collections variants that share its C representation but not its
    behaviour: "Counter" (a missing key reads as 0), "defaultdict:<factory>" (a missing key is
    inserted with factory()) and "OrderedDict" (its order counts in ==; move_to_end and
    popitem(last)).  They differ from a dict only there and in repr."""
    key: Type
    value: Type
    kind: str = ""

    def __str__(self) -> str:
        if self.kind == "Counter":
            return f"Counter[{self.key}]"
        if self.kind == "OrderedDict":
            return f"OrderedDict[{self.key}, {self.value}]"
        if self.kind:
            return f"defaultdict[{self.key}, {self.value}]"
        return f"dict[{self.key}, {self.value}]"

    def has_bottom(self) -> bool:
        return self.key.has_bottom() or self.value.has_bottom()


@dataclass(frozen=True)
class SetT(Type):
    elem: Type

    def __str__(self) -> str:
        return f"set[{self.elem}]"

    def has_bottom(self) -> bool:
        return self.elem.has_bottom()


@dataclass(frozen=True)
class DequeT(Type):
    """collections.deque: a ring buffer specialised per element type (templates/deque.c.j2)."""
    elem: Type

    def __str__(self) -> str:
        return f"deque[{self.elem}]"

    def has_bottom(self) -> bool:
        return self.elem.has_bottom()


MUTABLE_CONTAINERS = (ListT, DictT, SetT, DequeT)  # objects with an identity (`is` compares their addresses)


@dataclass(frozen=True)
class SeqIterT(Type):
    """iter(xs) of a list or a str: a position in it (`PyzIter *`), advanced by next() and for loops."""
    src: Type  # a ListT or STR

    def __str__(self) -> str:
        return "str_iterator" if self.src == STR else "list_iterator"

    @property
    def elem(self) -> Type:
        if self.src == STR:
            return STR
        assert isinstance(self.src, ListT)
        return self.src.elem

    def has_bottom(self) -> bool:
        return self.src.has_bottom()


@dataclass(frozen=True)
class IterT(Type):
    """An itertools iterator (primitives/itertools_ops.py): only iterated (for loops, comprehensions, list(),
    sorted(), sum()...), its element type known; `kind` is the function that made it."""
    kind: str
    elem: Type

    def __str__(self):
        return self.kind if "." in self.kind else f"itertools.{self.kind}"  # struct.iter_unpack


@dataclass(frozen=True)
class GenT(Type):
    """A generator object: what calling a generator function (one whose body holds `yield`) gives.
    It names the function instance that made it ((function, argument types): inference's instance
    key), whose yield type is the items' type; lowering gives each such instance a frame struct
    and a resume function (ir/build_generators.py).  In C every generator is a `PyzGen *`."""
    func: str
    argtypes: tuple

    def __str__(self) -> str:  # "generator of walk()": diagnostics tell two generators apart
        name = self.func.rsplit(".", 1)[-1].rsplit(":", 1)[-1].split("#")[0].split("@")[0]
        return f"generator of {name}()"

    @property
    def key(self) -> tuple:
        return (self.func, self.argtypes)


@dataclass(frozen=True)
class GenU(Type):
    """A place holding generators of several generator functions (the overrides of a generator
    method, `a() if c else b()`): their items have one type.  A frame records its resume function
    (PyzGen.resume), so resuming one is an indirect call (ir/build_generators.py)."""
    gens: tuple  # the GenT of each, sorted

    def __str__(self) -> str:
        return "generator of " + " or ".join(str(g).removeprefix("generator of ") for g in self.gens)


def gen_members(t: Type) -> tuple:
    """The generator types a GenT or GenU value may be."""
    return t.gens if isinstance(t, GenU) else (t,)


def gen_union(a: Type, b: Type) -> Type:
    members: dict = {}
    for g in gen_members(a) + gen_members(b):
        members[(g.func, repr(g.argtypes))] = g
    gens = tuple(members[k] for k in sorted(members))
    return gens[0] if len(gens) == 1 else GenU(gens)


@dataclass(frozen=True)
class ClassT(Type):
    """An object of a user class: a pointer to its C struct, NULL for None.
    `ancestors` names the base classes, nearest first, so that join() finds the
    common base of two classes without a class table."""
    name: str
    ancestors: tuple = ()

    def __str__(self) -> str:
        return self.name.replace(":", ".")  # an imported module's class: helpers.Point

    def chain(self) -> tuple:
        return (self.name,) + self.ancestors


@dataclass(frozen=True)
class OptT(Type):
    """A place that holds None or a value of `inner` (`x = None` ... `x = 3`; a function that returns a
    tuple or None; `d.get(k)`).  Objects need no OptT: an object place holds None as NULL.  A str or a
    container is a pointer too, so its OptT is the same C pointer with NULL for None; a number or a
    tuple is held by value, in a struct with a `some` flag (codegen/ctypes.py).  Reading the value
    where the inner type is needed checks it (CPython's TypeError on None; lowering)."""
    inner: Type

    def __str__(self) -> str:
        return f"{self.inner} | None"

    def has_bottom(self) -> bool:
        return self.inner.has_bottom()


def opt_inner(t: Type) -> Type:
    """The type of t's values other than None."""
    return t.inner if isinstance(t, OptT) else t


def may_be_none(t: Type) -> bool:
    """Whether a value of type t may be None: None itself, an OptT, an object (None is NULL)."""
    return t == NONE or isinstance(t, (OptT, ClassT))


def can_be_optional(t: Type) -> bool:
    """Whether a place may hold None or a t (an OptT): numbers, str, tuples, containers, functions and caught exceptions."""
    return t in (INT, FLOAT, BOOL, NUM, STR, BYTES, BYTEARRAY, FILE, BINFILE, EXC) or isinstance(t, (ListT, TupleT, DictT, SetT, DequeT, FuncT))


def optional(a: Type, b: Type) -> Type | None:
    """The OptT holding a and b, where one of them is None (or an OptT) and the other a value."""
    if a == NONE and isinstance(b, OptT) or b == NONE and isinstance(a, OptT):
        return a if isinstance(a, OptT) else b
    if isinstance(a, OptT) and isinstance(b, OptT):
        return OptT(join(a.inner, b.inner))
    if isinstance(a, OptT) and b != BOTTOM:
        return OptT(join(a.inner, b))
    if isinstance(b, OptT) and a != BOTTOM:
        return OptT(join(a, b.inner))
    if a == NONE and can_be_optional(b):
        return OptT(b)
    if b == NONE and can_be_optional(a):
        return OptT(a)
    return None


def common_base(a: ClassT, b: ClassT) -> ClassT | None:
    """The nearest class both a and b are instances of (b's own chain decides the order)."""
    mine = a.chain()
    theirs = b.chain()
    for i, name in enumerate(theirs):
        if name in mine:
            return ClassT(name, theirs[i + 1:])
    return None


INT = Prim("int")
FLOAT = Prim("float")
BOOL = Prim("bool")
STR = Prim("str")
BYTES = Prim("bytes")  # a PyzStr whose every byte counts as a character (runtime_c/bytes.c)
BYTEARRAY = Prim("bytearray")  # a PyzStr that grows and changes (runtime_c/bytearray.c)
NONE = Prim("None")
BOTTOM = Prim("<unknown>")
BUILDER = Prim("<str builder>")
ITEMS_PTR = Prim("<items pointer>")  # IR-only: a list's item array, handed to a C function
RANGE = Prim("range")  # a range object: iterated where it is made, or held in a variable as RANGE_STRUCT
FILE = Prim("file")  # a text file object (open(), sys.stdin/stdout/stderr): a PyzFile *
BINFILE = Prim("binary file")  # open(p, "rb"/"wb"/"ab"): a PyzFile * that reads and writes bytes
MATCH = Prim("re.Match")  # a match object of the re module: a PyzMatch * (runtime_c/re.c); None is NULL
HASH = Prim("hash object")  # hashlib.md5() / sha1() / sha256(): a PyzHash * (runtime_c/hash.c)
EXC = Prim("exception")  # a caught exception (`except E as e`)
EXC_ARGS = Prim("tuple")  # e.args of a caught builtin exception: printed, indexed, measured (the caught exception at run time)
RESUB = Prim("<re.sub>")  # IR-only: a re.sub() in progress, whose replacements the program computes (runtime_c/re.c)
FSUM = Prim("<fsum>")  # IR-only: math.fsum's exact running sum (runtime_c/math.c)
DIST = Prim("<dist>")  # IR-only: math.dist's coordinates (runtime_c/math.c)
STATS = Prim("<stats>")  # IR-only: statistics' exact sums (runtime_c/stats.c)
NUM = Prim("int | float")  # a place that holds numbers of several types (int, float, bool): a tagged PyzNum
NUMBERS = (INT, FLOAT, BOOL)  # the types a NUM may hold now
EXC_KIND = Prim("<exception class>")  # IR-only: a builtin exception class, as a constant  # IR-only: a string being built (str.join over a generator)


@dataclass(frozen=True)
class ViewT(Type):
    """d.keys(), d.values(), d.items(): only iterated (or given to list/sorted/sum...), never stored."""
    kind: str
    dict: DictT

    def __str__(self):
        return f"dict_{self.kind}"

    def elem(self) -> Type:
        if self.kind == "keys":
            return self.dict.key
        if self.kind == "values":
            return self.dict.value
        return TupleT((self.dict.key, self.dict.value))


@dataclass(frozen=True)
class FuncT(Type):
    """A function as a value (`f = square`, `ops = [add, sub]`, a lambda): one of these functions
    of the program (their FuncInfo names, sorted).  In C it is the function's number in the
    program, or the address of a closure's environment, which starts with that number (an int64_t
    either way, ir/build_functions.py; pyz_func_id tells them apart), so every FuncT has one
    representation and two join as the union of their functions, even as the items of a container."""
    names: tuple

    def __str__(self) -> str:
        return "function"


class TypeConflict(Exception):
    pass


def join(a: Type, b: Type) -> Type:
    """The least type holding both, or TypeConflict when there is none.  A place (a variable, a
    field, a return, an item of a display) that is given numbers of two types (int then float,
    bool then int) becomes a NUM.  Inside a container type the item types must agree (a list[int]
    is not a list[int | float]: the list object would have to change), except where one is not
    known yet."""
    if a != b and a in NUMBERS + (NUM,) and b in NUMBERS + (NUM,):
        return NUM
    if a != b and (NONE in (a, b) or isinstance(a, OptT) or isinstance(b, OptT)):
        opt = optional(a, b)
        if opt is not None:
            return opt
    if isinstance(a, (TupleT, VarTupleT)) and isinstance(b, (TupleT, VarTupleT)) and a != b:
        t = tuple_values_join(a, b)
        if t is not None:
            return t
    return join_items(a, b)


def with_elems(t: TupleT, elems: tuple) -> TupleT:
    """t with other item types: a named tuple keeps its name and fields."""
    return TupleT(elems, t.name, t.fields)


def tuple_values_join(a: TupleT | VarTupleT, b: TupleT | VarTupleT) -> Type | None:
    """Two tuples in one place, a tuple being a value converted where it is stored: tuples of one
    length join position by position ((1, 2) and (1, 2.5): tuple[int, int | float]); of two lengths,
    or of known and of any length, they make a tuple of any length of their joined items.  Not for
    the item types of two containers (join_items): a container of tuples cannot change."""
    if isinstance(a, TupleT) and isinstance(b, TupleT) and len(a.elems) == len(b.elems):
        if a.name != b.name:
            return None
        try:
            return with_elems(a, tuple(join(x, y) for x, y in zip(a.elems, b.elems)))
        except TypeConflict:
            return None
    if isinstance(a, TupleT) and a.name or isinstance(b, TupleT) and b.name:
        return None  # a named tuple and a tuple of any length
    if isinstance(a, VarTupleT) and isinstance(b, VarTupleT):
        return None  # join_items: same_kind
    items = [e for t in (a, b) for e in (t.elems if isinstance(t, TupleT) else (t.elem,))]
    if not items:
        return None
    elem = items[0]
    for e in items[1:]:
        elem = join(elem, e)  # items are values too, converted with their tuple
    return VarTupleT(elem)


def refines(want: Type, t: Type) -> bool:
    """Whether want is t with some of its unknown parts known (what an empty container may become)."""
    try:
        return join(t, want) == want
    except TypeConflict:
        return False


def widens_items(want: Type, t: Type) -> bool:
    """Whether want is the list or dict t with items (a dict's values) of a wider type, as a place
    widens: numbers of several types, or None and a value (`[0.0] * n` that is given ints; `[None] * n`
    given tuples).  A container made where the program makes it (a display, a comprehension) can be
    made with the wider type from the start (types/infer.py widen); a container that exists already
    cannot change, so inference checks where it comes from (check_flows)."""
    if type(want) is not type(t) or want == t or isinstance(t, VarTupleT):
        return False
    if isinstance(t, ListT) and isinstance(want, ListT):
        old, new = t.elem, want.elem
    elif isinstance(t, DictT) and isinstance(want, DictT) and t.kind == want.kind \
            and (t.key == want.key or not t.key.has_bottom() and lengths_widen(want.key, t.key)):  # keys: tuples of several lengths
        old, new = t.value, want.value
        if t.key != want.key and old == BOTTOM:
            return True  # values not known yet: they take want's
    elif isinstance(t, SetT) and isinstance(want, SetT):  # (items not known yet: they are learnt, not widened)
        return not t.elem.has_bottom() and lengths_widen(want.elem, t.elem)
    else:
        return False
    return wider_items(new, old)


def wider_items(new: Type, old: Type) -> bool:
    """Whether items of type old may be made as items of type new instead: the same type, a wider
    value (numbers of several types, None and a value), or a list or dict made with wider items in
    turn (`[[0] * n for ...]` given floats)."""
    if new == old:
        return True
    if old == BOTTOM:
        return False
    if isinstance(new, OptT) or new == NUM:
        try:
            return join(old, new) == new
        except TypeConflict:
            return False
    if isinstance(new, TupleT) and isinstance(old, TupleT) and len(new.elems) == len(old.elems):
        return all(wider_items(n, o) for n, o in zip(new.elems, old.elems))  # a tuple is stored converted
    if isinstance(new, VarTupleT) and isinstance(old, TupleT):
        return tuple_values_join(new, old) == new  # so is a tuple of known length among any lengths
    return widens_items(new, old)


def join_place(old: Type, t: Type) -> Type:
    """join() for a variable or field that holds old and is given t: also a container whose items
    widen (widens_items), where what made it can be made so (inference's flows check that)."""
    try:
        return join(old, t)
    except TypeConflict:
        wider = joined_items(old, t)
        if (wider == old or widens_items(wider, old)) and (wider == t or widens_items(wider, t)):
            return wider
        raise


def joined_items(a: Type, b: Type) -> Type:
    """Two lists (or dicts) as one made with items of both types (list[int] and list[float]:
    list[int | float]); TypeConflict when their items do not join as places do."""
    if a == b:
        return a
    if isinstance(a, OptT) or isinstance(b, OptT) or (NONE in (a, b) and BOTTOM not in (a, b)):
        # items that may be None: list[list[int] | None] given a list[list[int]], or a list[None]
        if NONE in (a, b):
            other = b if a == NONE else a
            if isinstance(other, OptT):
                return other
            if not can_be_optional(other):
                raise TypeConflict(a, b)
            return OptT(other)
        return OptT(joined_items(a.inner if isinstance(a, OptT) else a, b.inner if isinstance(b, OptT) else b))
    if type(a) is type(b) and isinstance(a, ListT) and isinstance(b, ListT) and not isinstance(a, (VarTupleT, ArrayT)):
        return ListT(joined_items(a.elem, b.elem))
    if isinstance(a, DictT) and isinstance(b, DictT) and a.kind == b.kind:
        key = a.key if a.key == b.key else tuple_key_join(a.key, b.key)  # keys: tuples of several lengths
        if key is not None:
            return DictT(key, joined_items(a.value, b.value), a.kind)
    if isinstance(a, SetT) and isinstance(b, SetT) and (elem := tuple_key_join(a.elem, b.elem)) is not None:
        return SetT(elem)
    if any(isinstance(t, (ListT, DictT)) and not isinstance(t, VarTupleT) for t in (a, b)):
        return join_items(a, b)
    return join(a, b)  # values (numbers, None, tuples) join as places do


def join_item(elem: Type, t: Type) -> Type:
    """The item type of a container with items of type elem after a t is stored in it: a number
    fits among numbers of several types; otherwise the types must agree (join_items)."""
    if elem == NUM and t in NUMBERS:
        return NUM
    if isinstance(elem, OptT) and elem != t:
        opt = optional(elem, t)
        if opt == elem:
            return elem
    if isinstance(elem, VarTupleT) and isinstance(t, TupleT):
        # (1, 2) stored among tuples of any length: converted where it is stored; among tuples whose
        # items are not known yet (`[()] * n`), it gives them their type
        joined = tuple_values_join(elem, t)
        if joined == elem:
            return elem
        if joined is not None and elem.has_bottom():
            try:
                if join_items(elem, joined) == joined:
                    return joined
            except TypeConflict:
                pass
    return join_items(elem, t)


def key_join(key: Type, t: Type) -> Type:
    """The key type of a dict (the item type of a set) with keys of type key once a t is stored or
    looked for: as join_item, or tuples of several lengths as a tuple of any length (tuple_key_join)."""
    try:
        return join_item(key, t)
    except TypeConflict:
        wider = tuple_key_join(key, t)
        if wider is None:
            raise
        return wider


def tuple_key_join(key: Type, t: Type) -> Type | None:
    """Keys that are tuples of several lengths (`memo[(n, coins[1:])]` after `memo[(n, coins)]`, coins a
    tuple of 5): a tuple of any length of their items, every key converted where it is stored or looked
    for (lowering: key_value).  None unless only the lengths of tuples differ: keys of one length whose
    items differ in type (ints and floats) stay refused, their hashes and equality being the items'."""
    if not (isinstance(key, (TupleT, VarTupleT)) and isinstance(t, (TupleT, VarTupleT))):
        return None
    try:
        wider = join(key, t)
    except TypeConflict:
        return None
    return wider if lengths_widen(wider, key) and lengths_widen(wider, t) else None


def tuple_key(key: Type, t: Type) -> Type | None:
    """key_join of two tuples (a dict's key type and a key stored or looked for), None when they do not
    join or either is not a tuple: for a read's check, which says no in its own words."""
    if not (isinstance(key, (TupleT, VarTupleT)) and isinstance(t, (TupleT, VarTupleT))):
        return None
    try:
        return key_join(key, t)
    except TypeConflict:
        return None


def lengths_widen(new: Type, old: Type) -> bool:
    """Whether new is old with tuples of known length (at any depth) made tuples of any length (the
    items of `()`, never known, taking new's)."""
    if new == old or old == BOTTOM:
        return True
    if isinstance(new, VarTupleT) and isinstance(old, TupleT) and not old.name:
        return all(lengths_widen(new.elem, e) for e in old.elems)
    if isinstance(new, VarTupleT) and isinstance(old, VarTupleT):
        return lengths_widen(new.elem, old.elem)
    if isinstance(new, TupleT) and isinstance(old, TupleT) and len(new.elems) == len(old.elems) and new.name == old.name:
        return all(lengths_widen(n, o) for n, o in zip(new.elems, old.elems))
    return False


def join_items(a: Type, b: Type) -> Type:
    """join() for the item types of two containers: equal, or one not known yet."""
    if a == b:
        return a
    if isinstance(a, ArrayT) or isinstance(b, ArrayT):  # arrays of two typecodes, or an array and a list
        if BOTTOM in (a, b):
            return b if a == BOTTOM else a
        raise TypeConflict(a, b)
    if a == BOTTOM:
        return b
    if b == BOTTOM:
        return a
    if isinstance(a, ListT) and isinstance(b, ListT) and isinstance(a, VarTupleT) == isinstance(b, VarTupleT):
        return same_kind(a, join_items(a.elem, b.elem))
    if isinstance(a, TupleT) and isinstance(b, TupleT) and len(a.elems) == len(b.elems) and a.name == b.name:
        return with_elems(a, tuple(join_items(x, y) for x, y in zip(a.elems, b.elems)))
    if isinstance(a, DictT) and isinstance(b, DictT) and a.kind == b.kind:
        return DictT(join_items(a.key, b.key), join_items(a.value, b.value), a.kind)
    if isinstance(a, DequeT) and isinstance(b, DequeT):
        return DequeT(join_items(a.elem, b.elem))
    if isinstance(a, SeqIterT) and isinstance(b, SeqIterT):  # iter(xs) of a list whose items were not known yet
        return SeqIterT(join_items(a.src, b.src))
    if isinstance(a, SetT) and isinstance(b, SetT):
        return SetT(join_items(a.elem, b.elem))
    if isinstance(a, FuncT) and isinstance(b, FuncT):
        return FuncT(tuple(sorted(set(a.names) | set(b.names))))
    if isinstance(a, GenT) and isinstance(b, GenT) and a.func == b.func and len(a.argtypes) == len(b.argtypes):
        # one generator function called with arguments whose types were not all known yet (`gen([])`)
        try:
            return GenT(a.func, tuple(join_items(x, y) for x, y in zip(a.argtypes, b.argtypes)))
        except TypeConflict:
            return gen_union(a, b)
    if isinstance(a, (GenT, GenU)) and isinstance(b, (GenT, GenU)):  # generators of several functions
        return gen_union(a, b)
    if isinstance(a, ClassT) and isinstance(b, ClassT):
        base = common_base(a, b)
        if base is not None:
            return base
    # None in an object slot is the NULL pointer
    if isinstance(a, ClassT) and b == NONE:
        return a
    if a == NONE and isinstance(b, ClassT):
        return b
    raise TypeConflict(f"{a} and {b}")


T = TypeVar("T", bound="Type")


def narrow(t: Type, kind: type[T]) -> T:
    """t, which the caller knows to be a kind (a dict's type where d[k] was lowered...): checked, so
    that a wrong guess fails here rather than as a missing attribute further on."""
    assert isinstance(t, kind), (t, kind)
    return t


def concrete(t: Type) -> Type:
    """The type as emitted: unknown element types become int; a range is its start, stop and step;
    a function value is a function's number, whichever functions it may be."""
    if t == BOTTOM:
        return INT
    if t == RANGE:
        return RANGE_STRUCT
    if isinstance(t, FuncT):  # every function value is its number: one C type, one container specialisation
        return FuncT(())
    if isinstance(t, ListT):
        return same_kind(t, concrete(t.elem))
    if isinstance(t, TupleT):
        return with_elems(t, tuple(concrete(e) for e in t.elems))
    if isinstance(t, DictT):
        return DictT(concrete(t.key), concrete(t.value), t.kind)
    if isinstance(t, DequeT):
        return DequeT(concrete(t.elem))
    if isinstance(t, SetT):
        return SetT(concrete(t.elem))
    if isinstance(t, OptT):
        return OptT(concrete(t.inner))
    if isinstance(t, SeqIterT):
        return SeqIterT(concrete(t.src))
    return t


def parts(t: Type) -> list[Type]:
    """The types a container type is made of (none for other types)."""
    if isinstance(t, (ListT, SetT, DequeT)):
        return [t.elem]
    if isinstance(t, TupleT):
        return list(t.elems)
    if isinstance(t, DictT):
        return [t.key, t.value]
    if isinstance(t, OptT):
        return [t.inner]
    return []


def walk_types(t: Type):
    """t and every type it is made of."""
    yield t
    for p in parts(t):
        yield from walk_types(p)


def is_hashable(t: Type) -> bool:
    if t in (INT, FLOAT, BOOL, NUM, STR, BYTES, BOTTOM) or isinstance(t, (ClassT, FuncT)):  # objects, functions: by __hash__ or identity
        return True
    if isinstance(t, TupleT):
        return all(is_hashable(e) for e in t.elems)
    if isinstance(t, VarTupleT):
        return is_hashable(t.elem)
    return False


def is_orderable(t: Type, ordered_classes=frozenset()) -> bool:
    """Whether `<` is defined on t; ordered_classes names the user classes that define __lt__."""
    if t in (INT, FLOAT, BOOL, NUM, STR, BYTES, BYTEARRAY, BOTTOM):
        return True
    if isinstance(t, ListT):
        return is_orderable(t.elem, ordered_classes)
    if isinstance(t, TupleT):
        return all(is_orderable(e, ordered_classes) for e in t.elems)
    if isinstance(t, ClassT):
        return t.name in ordered_classes
    return False


def ordered_apart(op, lt: Type, rt: Type) -> bool:
    """`(1,) < (1, 2)`, `(3, 11, 0) >= (3, 8)`, `(2, "a") == (2.0, "a")`: a comparison between plain
    tuples of known lengths whose lengths or item types differ.  CPython compares the items of the
    shorter's length in turn: the first pair that differs decides (by its own order; for == and !=,
    they differ), and if none does, the lengths do (lowering: compare_tuples_apart; inference checks
    each pair)."""
    return isinstance(op, (ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Eq, ast.NotEq)) and type(lt) is TupleT \
        and type(rt) is TupleT and not (lt.name or rt.name) and lt != rt


def ordered_by_items(op, lt: Type, rt: Type) -> bool:
    """`(a, 1) < (b, 2)` where the tuples (of one type) hold objects: CPython finds the first pair of
    items that is not equal (`is`, else __eq__), then orders that pair by the operator as written
    (`>` calls a.__gt__(b), or b.__lt__(a) reflected), so the dunders a program sees called differ
    from a three-way comparison's (lowering: compare_tuples_apart, as for ordered_apart)."""
    return isinstance(op, (ast.Lt, ast.LtE, ast.Gt, ast.GtE)) and isinstance(lt, TupleT) and lt == rt \
        and any(isinstance(p, ClassT) for p in walk_types(lt))


def comparable_numbers(needle: Type, elem: Type) -> bool:
    """A number looked for among items of another number type: ints and bools among floats,
    anything among numbers of several types; a number of several types only among floats."""
    if elem == NUM:
        return needle in (INT, FLOAT, BOOL, NUM)
    if needle == NUM:
        return elem == FLOAT
    return needle in (INT, FLOAT, BOOL) and elem in (INT, FLOAT, BOOL)


def known_length_of(t: Type, var: Type) -> bool:
    """Whether t is a tuple of known length that a tuple of any length of type var holds (`(1, 2) in s`),
    or will hold once its items are known (`[()] * n`, given pairs later)."""
    if not (isinstance(t, TupleT) and isinstance(var, VarTupleT)):
        return False
    try:
        joined = join(var, t)
        return joined == var or var.has_bottom() and join(var, joined) == joined
    except TypeConflict:
        return False


def any_length_among(t: Type, elem: Type) -> bool:
    """Whether t is a tuple of any length looked for among tuples of type elem (`p in pairs`, p a
    `tuple(...)`): equal to one only when its length and items are (lowering converts it)."""
    if not (isinstance(t, VarTupleT) and isinstance(elem, (TupleT, VarTupleT))):
        return False
    try:
        join(t, elem)
        return True
    except TypeConflict:
        return False


def is_number(t: Type) -> bool:
    return t in (INT, FLOAT, BOOL)


RANGE_STRUCT = TupleT((INT, INT, INT))  # a range held in a variable: (start, stop, step)
ITER = Prim("<iterator>")  # reversed()/enumerate()/zip() results: only iterated


# the kind of a defaultdict whose factory is a function of the program taking no arguments (`lambda: [0, 0]`):
# this, then the function's name (primitives/collections_ops.py)
DEFAULTDICT_FN = "defaultdict:fn:"


def unprintable(t) -> str | None:
    """What in t has no text form pyzc can print the way CPython does ('file', 'iterator'), if anything."""
    for x in walk_types(t):
        if x == FILE:
            return "file"
        if x == HASH:  # CPython prints its address: <md5 _hashlib.HASH object @ 0x7f...>
            return "hash"
        if isinstance(x, StructT):  # <_struct.Struct object at 0x7f...>
            return "struct.Struct"
        if isinstance(x, SeqIterT):
            return "iterator"
        if isinstance(x, FuncT) and all(n.endswith("#new") for n in x.names):  # a class's constructor (frontend/class_values.py)
            return "class"  # CPython prints <class '__main__.C'>: pyzc's classes as values have no such text yet
        if isinstance(x, FuncT):  # CPython prints its address: <function f at 0x7f...>
            return "function"
        if isinstance(x, (GenT, GenU)):  # <generator object f at 0x7f...>
            return "generator"
        if isinstance(x, DictT) and x.kind.startswith(DEFAULTDICT_FN):  # defaultdict(<function <lambda> at 0x7f...>, {})
            return "defaultdict(<function>)"
    return None


def no_value_has(t: Type) -> bool:
    """Whether no value can have type t: an item never known (BOTTOM), or a tuple with such an item
    (`d.items()` of a dict never filled).  next(iter(...), default) of such items is the default."""
    return t == BOTTOM or isinstance(t, TupleT) and any(no_value_has(e) for e in t.elems)


def is_transient(t) -> bool:
    """Iteration-only values (range(), reversed(), d.items()): never stored, passed or printed."""
    return t in (RANGE, ITER) or isinstance(t, (ViewT, IterT))
