"""The primitive registry: each builtin method declared once, read by inference and lowering.

A declaration (`Method`) says everything both stages need: the receiver, the
parameters (accepted type, default, whether a keyword may name it), the
result type (or a rule over the receiver's type), the runtime function that
implements it, and whether that function can raise.  types/primitive_call.py
types a call from it (CPython's TypeError messages for arity and keywords are
derived from the parameters); ir/build_primitive.py lowers it (arguments
evaluated, defaults filled in, one runtime call).

A method may have several forms (`str.find(sub)` calls pyz_str_find,
`str.find(sub, start, end)` pyz_str_find_in): the first form whose arity fits
the call is used; arity errors speak of all forms together.

What a table cannot say is a registered pair (`Special`): a typing rule and a
lowering rule, side by side in one module of this package.  Either may return
None to leave the call to the generic rule (`startswith` with a tuple is
special, with a str it is a table entry).

`raises` is stated here by a human and checked against the C by
tests/test_primitives.py (pyzc/runtime_raises.py's call-graph scan).
This package imports types.model and compiled_modules only; it never imports ir or codegen.
"""

from __future__ import annotations

import array
import collections
import hashlib
import importlib
import inspect
import io
import re
import struct
from dataclasses import dataclass, field
from typing import Any, Callable, Union

from ..compiled_modules import COMPILED_MODULES
from ..types.model import MATCH, PatternT, BINFILE, BYTEARRAY, BYTES, FILE, FLOAT, HASH, INT, STR, ArrayT, StructT, DequeT, DictT, ListT, SetT, Type, VarTupleT


class _Required:
    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED: Any = _Required()
BUILTINS = "builtins"  # the receiver of the builtin functions
RUNTIME = "runtime"  # the receiver of the runtime helpers pairs call (no Python name)
ITEMS = "items"  # raises only through the items' own code (__eq__, __lt__ of objects): the scan's ELEMENT set

# how CPython words the arity errors (its argument parser for that method)
NOARGS = "noargs"          # str.upper() takes no arguments (1 given)
ONE = "one"                # str.zfill() takes exactly one argument (0 given)
POSITIONAL = "positional"  # replace expected at least 2 arguments, got 0
PARSE_TUPLE = "parse_tuple"  # find() takes at least 1 argument (0 given)
KEYWORDS = "keywords"      # split() takes at most 2 arguments (3 given)
QUALIFIED = "qualified"    # deque.rotate expected at most 1 argument, got 2
PYTHON = "python"          # Counter.total() takes 1 positional argument but 2 were given (a method written in Python)
PYFUNC = "pyfunc"          # exists() takes 1 positional argument but 2 were given (a module function written in Python)
REQUIRES = "requires"      # math.log requires 1 to 2 arguments
KWONLY = "kwonly"          # mkdir() takes at most 2 positional arguments (3 given) (keyword-only ones follow)
MANY = 1 << 30             # cpython_max of a method taking *args

# modules whose functions CPython's messages name by another module (os.getcwd is posix.getcwd)
SHOWN_MODULES = {"os": "posix"}

# the Python class of each receiver (its error messages, and whether a name is one of its methods)
PYTHON_TYPES: dict[str, type] = {"int": int, "float": float, "str": str, "bytes": bytes, "bytearray": bytearray, "list": list, "tuple": tuple, "dict": dict, "Counter": collections.Counter, "OrderedDict": collections.OrderedDict, "set": set,
                                 "deque": collections.deque, "file": io.TextIOWrapper,
                                 "binfile": io.BufferedRandom, "array.array": array.array,
                                 "hash": type(hashlib.md5()), "Struct": struct.Struct,
                                 "Match": re.Match, "Pattern": re.Pattern}
# receivers whose registry name is not their class's: how CPython's "no attribute" names them (its arity
# messages name the class defining the method: TextIOWrapper.write, _IOBase.readlines)
OBJECT_NAMES = {"file": "_io.TextIOWrapper", "binfile": "_io.BufferedReader", "array.array": "array.array",
                "hash": "_hashlib.HASH", "Struct": "_struct.Struct",
                "Match": "re.Match", "Pattern": "re.Pattern"}
# the modules whose functions are declared here (the Python module: its messages): a function of one has no
# receiver argument.  compiled_modules.py lists them for the front end too, which lets a program import them.
MODULES: dict[str, Any] = {name: importlib.import_module(name) for name in COMPILED_MODULES}
# modules whose "not supported yet" message lists the functions pyzc has
LISTED_MODULES = ("time", "os.path")
# a receiver whose methods not declared for it are its parent's (a Counter is a dict)
PARENTS = {"Counter": "dict", "OrderedDict": "dict"}


@dataclass(frozen=True)
class Param:
    name: str
    type: Type  # INT also takes a bool, FLOAT an int or bool (inference's expect())
    default: Any = REQUIRED  # a Python constant
    keyword: bool = False  # may be passed by name
    none: bool = False  # a literal None stands for the default (str.split(None), s.find(x, None))
    what: str | None = None  # how a type error names it; None: "str.m() argument"
    message: str = ""  # the whole type error, {t} the argument's type ("must be real number, not {t}")
    keyword_only: bool = False  # only by name (int.to_bytes's signed): no positional argument reaches it

    @property
    def required(self) -> bool:
        return self.default is REQUIRED


ResultRule = Callable[[Any], Type]  # the receiver's type (None for a builtin function) -> the result type


@dataclass(frozen=True)
class Method:
    receiver: str  # "str", "list"; "builtins" for a builtin function (no receiver)
    name: str
    params: tuple[Param, ...]
    result: Union[Type, ResultRule]
    c: str  # the runtime function; a container's template function with N for its specialisation; "": none, the pair lowers it
    raises: Union[bool, str]  # False, True, or ITEMS
    raises_what: str = ""  # for the reader: which exceptions
    arity: str = ""  # one of the styles above; "" derives it from the parameters
    cpython_max: int = 0  # CPython takes this many arguments, pyzc fewer: the rest "not supported yet"
    cpython_min: int = -1  # CPython takes as few as this (set.union(*others)); -1: as many as the parameters need
    cpython_kwargs: bool = False  # CPython takes **kwargs (dict.update(a=1)), pyzc not: "not supported yet"

    @property
    def min_args(self) -> int:
        return sum(1 for p in self.params if p.required)

    @property
    def cpython_min_args(self) -> int:
        return self.min_args if self.cpython_min < 0 else self.cpython_min

    @property
    def is_function(self) -> bool:
        """A builtin or module function: no receiver argument."""
        return self.receiver in (BUILTINS, RUNTIME) or self.receiver in MODULES

    @property
    def qualname(self) -> str:
        """How CPython's messages name it: len, str.upper, math.sqrt, TextIOWrapper.write."""
        if self.receiver == BUILTINS:
            return self.name
        if self.receiver in OBJECT_NAMES:
            return getattr(PYTHON_TYPES[self.receiver], self.name).__qualname__
        return f"{SHOWN_MODULES.get(self.receiver, self.receiver)}.{self.name}"

    def result_type(self, recv: Type | None) -> Type:
        return self.result if isinstance(self.result, Type) else self.result(recv)


TypingRule = Callable[..., Any]  # (inferencer, call node, receiver node, receiver type, forms) -> Type | None
LoweringRule = Callable[..., Any]  # (function builder, call node, receiver value, forms) -> Value | None
CursorRule = Callable[..., Any]  # (function builder, call node, the call's type) -> Cursor


@dataclass(frozen=True)
class Special:
    typing: TypingRule | None
    lowering: LoweringRule | None
    checks_arguments: bool = False  # the typing rule checks keywords and arity itself (no table forms)
    cursor: CursorRule | None = None  # where the call is iterated (an itertools iterator): how to walk it


@dataclass
class Registry:
    methods: dict[tuple[str, str], list[Method]] = field(default_factory=dict)
    specials: dict[tuple[str, str], Special] = field(default_factory=dict)
    helpers: dict[str, Method] = field(default_factory=dict)  # runtime functions only pairs call, by C name

    def forms(self, receiver: str, name: str) -> list[Method]:
        return self.methods.get((receiver, name), [])

    def declares(self, receiver: str, name: str) -> bool:
        return (receiver, name) in self.methods or (receiver, name) in self.specials

    def resolve(self, receiver: str, name: str) -> str:
        """The receiver that declares name: receiver itself, or the parent it inherits the method from."""
        kind: str | None = receiver
        while kind is not None:
            if (kind, name) in self.methods or (kind, name) in self.specials:
                return kind
            kind = PARENTS.get(kind)
        return receiver

    def all_methods(self) -> list[Method]:
        return [m for forms in self.methods.values() for m in forms]


REGISTRY = Registry()


def same(t: Type) -> Type:
    """A result rule: the receiver's own type (copy)."""
    return t


def item(t: Any) -> Type:
    """A result rule: the receiver's item type (pop)."""
    return t.elem


def param(name: str, type: Type, default: Any = REQUIRED, *, keyword: bool = False, none: bool = False,
          what: str | None = None, message: str = "", keyword_only: bool = False) -> Param:
    return Param(name, type, default, keyword or keyword_only, none, what, message, keyword_only)


def method(receiver: str, name: str, params: list[Param], result, *, c: str, raises, raises_what: str = "",
           arity: str = "", cpython_max: int = 0, cpython_min: int = -1, cpython_kwargs: bool = False) -> Method:
    m = Method(receiver, name, tuple(params), result, c, raises, raises_what, arity, cpython_max, cpython_min,
               cpython_kwargs)
    REGISTRY.methods.setdefault((receiver, name), []).append(m)
    return m


def function(name: str, params: list[Param], result: Type, *, c: str, raises, raises_what: str = "",
             arity: str = "") -> Method:
    return method(BUILTINS, name, params, result, c=c, raises=raises, raises_what=raises_what, arity=arity)


def module_function(module: str, name: str, params: list[Param], result, *, c: str, raises, raises_what: str = "",
                    arity: str = "", cpython_min: int = -1, cpython_max: int = 0) -> Method:
    """A function of a module in MODULES (math.sqrt): no receiver; its messages name it math.sqrt."""
    assert module in MODULES, module
    return method(module, name, params, result, c=c, raises=raises, raises_what=raises_what, arity=arity,
                  cpython_min=cpython_min, cpython_max=cpython_max)


def module_special(module: str, name: str, typing: TypingRule, lowering: LoweringRule,
                   *, checks_arguments: bool = False, cursor: CursorRule | None = None) -> None:
    """A module function that is a registered pair (`copy.deepcopy`); with a cursor rule, a function whose
    result is only iterated (`itertools.count`), and whose lowering says where it may not be used."""
    assert module in MODULES, module
    special(module, name, typing, lowering, checks_arguments=checks_arguments, cursor=cursor)


def runtime_helper(c: str, params: list[Param], result: Type, *, raises, raises_what: str = "") -> Method:
    """A runtime function that only pairs call (math.fsum's accumulator): its arity and raising are stated
    here like a method's, and pairs call it with b.call_primitive(REGISTRY.helpers[c], args)."""
    m = Method(RUNTIME, c, tuple(params), result, c, raises, raises_what)
    REGISTRY.helpers[c] = m
    return m


def special(receiver: str, name: str, typing: TypingRule | None = None, lowering: LoweringRule | None = None,
            *, checks_arguments: bool = False, cursor: CursorRule | None = None) -> None:
    REGISTRY.specials[(receiver, name)] = Special(typing, lowering, checks_arguments, cursor)


def receiver_kind(t: Type) -> str | None:
    """The registry's name for a receiver type, if the registry covers it."""
    if t == STR:
        return "str"
    if t == INT:
        return "int"
    if t == FLOAT:
        return "float"
    if t == BYTES:
        return "bytes"
    if t == BYTEARRAY:
        return "bytearray"
    if isinstance(t, VarTupleT):  # a tuple of any length: a list that nothing changes
        return "tuple"
    if isinstance(t, ArrayT):  # an array.array: a list whose stores are checked (array_ops.py)
        return "array.array"
    if isinstance(t, ListT):
        return "list"
    if isinstance(t, DictT):
        return t.kind if t.kind in ("Counter", "OrderedDict") else "dict"  # a defaultdict's methods are a dict's
    if isinstance(t, SetT):
        return "set"
    if isinstance(t, DequeT):
        return "deque"
    if t == FILE:
        return "file"
    if t == BINFILE:
        return "binfile"
    if t == MATCH:
        return "Match"
    if isinstance(t, PatternT):
        return "Pattern"
    if t == HASH:
        return "hash"
    if isinstance(t, StructT):
        return "Struct"
    return None


def arity_style(forms: list[Method]) -> str:
    m = forms[0]
    if m.arity:
        return m.arity
    hi = max([len(f.params) for f in forms] + [f.cpython_max for f in forms])
    if hi == 0:
        return NOARGS
    if any(p.keyword for f in forms for p in f.params):
        return KEYWORDS
    if hi == 1 and all(f.min_args == 1 for f in forms):
        return ONE
    return POSITIONAL


def kwonly_count(m: Method) -> int:
    """How many keyword-only parameters CPython's function has (os.mkdir's dir_fd)."""
    params = inspect.signature(getattr(MODULES[m.receiver], m.name)).parameters.values()
    return sum(p.kind == inspect.Parameter.KEYWORD_ONLY for p in params)


def arity_error(forms: list[Method], n: int) -> str | None:
    """CPython's TypeError for a call with n positional arguments, or None when some form takes n."""
    lo = min(f.cpython_min_args for f in forms)
    hi = max([len(f.params) for f in forms] + [f.cpython_max for f in forms])
    if lo <= n <= hi:
        return None
    m = forms[0]
    full, name = m.qualname, m.name
    style = arity_style(forms)
    if style == REQUIRES:
        return f"{full} requires {lo} to {hi} arguments"
    if style == PYFUNC:
        if n < lo:
            missing = [f"'{p.name}'" for p in m.params[n:lo]]
            names = missing[0] if len(missing) == 1 else " and ".join(missing) if len(missing) == 2 \
                else ", ".join(missing[:-1]) + ", and " + missing[-1]
            return f"{name}() missing {len(missing)} required positional argument{'s' if len(missing) > 1 else ''}: {names}"
        given = f"{n} {'was' if n == 1 else 'were'} given"
        if lo == hi:
            return f"{name}() takes {lo} positional argument{'s' if lo != 1 else ''} but {given}"
        return f"{name}() takes from {lo} to {hi} positional arguments but {given}"
    if style == PYTHON:  # counting self, as CPython does for a method written in Python
        given = f"{n + 1} {'was' if n == 0 else 'were'} given"
        if lo == hi:
            return f"{full}() takes {lo + 1} positional argument{'s' if lo else ''} but {given}"
        return f"{full}() takes from {lo + 1} to {hi + 1} positional arguments but {given}"
    if style == QUALIFIED:
        name = full
    if style == NOARGS:
        return f"{full}() takes no arguments ({n} given)"
    if style == ONE:
        return f"{full}() takes exactly one argument ({n} given)"
    bound, word = (lo, "least") if n < lo else (hi, "most")
    s = "s" if bound != 1 else ""
    if style in (POSITIONAL, QUALIFIED):
        if lo == hi:
            return f"{name} expected {lo} argument{s}, got {n}"
        return f"{name} expected at {word} {bound} argument{s}, got {n}"
    if style == KWONLY and n > hi + kwonly_count(m):  # CPython counts the keyword-only parameters too
        total = hi + kwonly_count(m)
        return f"{name}() takes at most {total} argument{'s' if total != 1 else ''} ({n} given)"
    if style == KWONLY and n > hi:
        return f"{name}() takes {'exactly' if lo == hi else 'at most'} {hi} positional argument{s} ({n} given)"
    if style in (KEYWORDS, KWONLY) and n < lo:
        p = m.params[n]
        return f"{name}() missing required argument '{p.name}' (pos {n + 1})"
    return f"{name}() takes at {word} {bound} argument{s} ({n} given)"


def no_keywords_error(forms: list[Method], keyword: str) -> str:
    m = forms[0]
    if m.cpython_kwargs or arity_style(forms) in (PYTHON, PYFUNC):
        return bad_keyword_error(forms, keyword)
    if arity_style(forms) == REQUIRES:
        return f"{m.name}() takes no keyword arguments"
    return f"{m.qualname}() takes no keyword arguments"


def bad_keyword_error(forms: list[Method], keyword: str) -> str:
    m = forms[0]
    if m.cpython_kwargs:
        return f"{m.receiver}.{m.name}() with keyword arguments is not supported yet"
    if arity_style(forms) == PYTHON:
        return f"{m.receiver}.{m.name}() got an unexpected keyword argument '{keyword}'"
    if arity_style(forms) == PYFUNC:
        return f"{m.name}() got an unexpected keyword argument '{keyword}'"
    return f"'{keyword}' is an invalid keyword argument for {m.name}()"


def unsupported_arity(forms: list[Method], n: int) -> str | None:
    """For n arguments CPython takes but no form does: what pyzc says."""
    if any(f.min_args <= n <= len(f.params) for f in forms):
        return None
    m = forms[0]
    full = m.name if m.receiver == BUILTINS else f"{m.receiver}.{m.name}"
    return f"{full}() with {n} argument{'s' if n != 1 else ''} is not supported yet"


def select(forms: list[Method], n: int) -> Method:
    """The first form that takes n arguments (the caller has checked that one does)."""
    for f in forms:
        if f.min_args <= n <= len(f.params):
            return f
    raise ValueError(f"no form of {forms[0].name} takes {n} arguments")
