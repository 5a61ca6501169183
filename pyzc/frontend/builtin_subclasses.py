"""`class Stack(list)` / `class Registry(dict)`: a class of the program holding the list or dict it is.

A class deriving from `list` or `dict` gets, in place of that base, a base class of its own written
out at the top of the module, `_pyz_list_of_Stack` (or `_pyz_dict_of_...`), whose one field
`_pyz_items` holds the items and whose methods forward to it:

    class _pyz_list_of_Stack:
        def __init__(self, iterable=None):      # list(), list(iterable)
            self._pyz_items = []
            if iterable is not None:
                self._pyz_items.extend(iterable)
        def append(self, x):
            self._pyz_items.append(x)
        def __len__(self):
            return len(self._pyz_items)
        ... (the list methods, indexing, iteration, `in`, repr, ==, +)

So `self.append(x)`, `len(self)`, `self[i]`, `for x in self`, `print(obj)` and `super().append(x)`
in an override are ordinary method calls of the program, monomorphised like any other: each such
class has its own base, so the items of two list subclasses may have different types.  A dict
subclass that defines `__missing__` gets a `__getitem__` that calls it for a missing key, as
CPython's dict does.  The `__init__` of such a class, and of a class deriving from it, first makes
the items empty (`_pyz_list_of_Stack.__init__(self)`), as CPython's object is an empty list or dict
before any `__init__` runs.

`isinstance(obj, list)` is true for such an object (types/static_isinstance.py and lowering ask
`builtin_base`).  What CPython's list or dict does and the forwarding methods do not (slicing an
object, `pop(k, default)`, `setdefault(k)` without a default, `+=` (its result would be the base class), comparing with `<`, `dict.fromkeys`...) is refused when
compiling, as for any class.  `keys()`, `values()` and `items()` are generators here: iterated
as CPython's views are; printing one or taking its `len()` is refused.
Runs in the subset check (check.py), before it, so the classes are checked as the program's own.
"""

from __future__ import annotations

import ast
from ..ast_walk import walk

PREFIX = {"list": "_pyz_list_of_", "dict": "_pyz_dict_of_"}

LIST_BASE = """
class {name}:
    def __init__(self, iterable=None):
        self._pyz_items = []
        if iterable is not None:
            self._pyz_items.extend(iterable)
    def append(self, x):
        self._pyz_items.append(x)
    def extend(self, xs):
        self._pyz_items.extend(xs)
    def insert(self, i, x):
        self._pyz_items.insert(i, x)
    def pop(self, i=-1):
        return self._pyz_items.pop(i)
    def remove(self, x):
        self._pyz_items.remove(x)
    def index(self, x):
        return self._pyz_items.index(x)
    def count(self, x):
        return self._pyz_items.count(x)
    def sort(self, key=None, reverse=False):
        if key is None:
            self._pyz_items.sort(reverse=reverse)
        else:
            self._pyz_items.sort(key=key, reverse=reverse)
    def reverse(self):
        self._pyz_items.reverse()
    def clear(self):
        self._pyz_items.clear()
    def copy(self):
        return self._pyz_items.copy()
    def __len__(self):
        return len(self._pyz_items)
    def __getitem__(self, i):
        return self._pyz_items[i]
    def __setitem__(self, i, x):
        self._pyz_items[i] = x
    def __delitem__(self, i):
        del self._pyz_items[i]
    def __iter__(self):
        return iter(self._pyz_items)
    def __contains__(self, x):
        return x in self._pyz_items
    def __repr__(self):
        return repr(self._pyz_items)
    def __add__(self, other):
        return self._pyz_items + other
    def __eq__(self, other):
        if isinstance(other, {name}):
            return self._pyz_items == other._pyz_items
        return self._pyz_items == other
    def __ne__(self, other):
        return not self == other
"""

DICT_BASE = """
class {name}:
    def __init__(self, source=None):
        self._pyz_items = {{}}
        if source is not None:
            self._pyz_items = dict(source)
    def __getitem__(self, k):
{getitem}
    def __setitem__(self, k, v):
        self._pyz_items[k] = v
    def __delitem__(self, k):
        del self._pyz_items[k]
    def __len__(self):
        return len(self._pyz_items)
    def __iter__(self):
        for k in self._pyz_items:
            yield k
    def __contains__(self, k):
        return k in self._pyz_items
    def __repr__(self):
        return repr(self._pyz_items)
    def get(self, k, default=None):
        if default is None:
            if k in self._pyz_items:
                return self._pyz_items[k]
            return None
        return self._pyz_items.get(k, default)
    def setdefault(self, k, default):
        return self._pyz_items.setdefault(k, default)
    def pop(self, k):
        return self._pyz_items.pop(k)
    def keys(self):
        for k in self._pyz_items:
            yield k
    def values(self):
        for v in self._pyz_items.values():
            yield v
    def items(self):
        for kv in self._pyz_items.items():
            yield kv
    def update(self, other):
        self._pyz_items.update(other)
    def clear(self):
        self._pyz_items.clear()
    def copy(self):
        return self._pyz_items.copy()
    def __eq__(self, other):
        if isinstance(other, {name}):
            return self._pyz_items == other._pyz_items
        return self._pyz_items == other
    def __ne__(self, other):
        return not self == other
"""

PLAIN_GETITEM = "        return self._pyz_items[k]"
MISSING_GETITEM = """        if k in self._pyz_items:
            return self._pyz_items[k]
        return self.__missing__(k)"""


def builtin_base(class_chain: tuple) -> str | None:
    """'list' or 'dict' when a class (its name, then its ancestors') derives from that builtin here."""
    for c in class_chain:
        bare = c.split(":")[-1]  # an imported module's class: module:Name
        for kind, prefix in PREFIX.items():
            if bare.startswith(prefix):
                return kind
    return None


def shadowed(module: ast.Module, name: str) -> bool:
    for n in walk(module):
        if isinstance(n, (ast.FunctionDef, ast.ClassDef)) and n.name == name:
            return True
        if isinstance(n, ast.Name) and n.id == name and not isinstance(n.ctx, ast.Load):
            return True
    return False


def rewrite_builtin_subclasses(module: ast.Module) -> bool:
    """Whether it changed the module (check.py's census is taken again if so)."""
    added: list[tuple[int, ast.stmt]] = []
    for i, cls in enumerate(module.body):
        if not (isinstance(cls, ast.ClassDef) and len(cls.bases) == 1 and isinstance(cls.bases[0], ast.Name)
                and cls.bases[0].id in PREFIX and not cls.keywords and not shadowed(module, cls.bases[0].id)):
            continue
        kind = cls.bases[0].id
        base_name = PREFIX[kind] + cls.name
        methods = {s.name for s in cls.body if isinstance(s, ast.FunctionDef)}
        text = LIST_BASE.format(name=base_name) if kind == "list" else DICT_BASE.format(
            name=base_name, getitem=MISSING_GETITEM if "__missing__" in methods else PLAIN_GETITEM)
        base = ast.parse(text).body[0]
        for n in walk(base):
            if "lineno" in n._attributes:
                ast.copy_location(n, cls)
        cls.bases[0] = ast.copy_location(ast.Name(id=base_name, ctx=ast.Load()), cls.bases[0])
        added.append((i, base))
    if not added:
        return False
    # the object is an empty list or dict before its own __init__ runs, in every class deriving from
    # one of these (a subclass's __init__ need not call super().__init__())
    holder: dict[str, str] = {}
    for cls in module.body:
        if not isinstance(cls, ast.ClassDef) or not cls.bases or not isinstance(cls.bases[0], ast.Name):
            continue
        b = cls.bases[0].id
        held = b if any(b.startswith(p) for p in PREFIX.values()) else holder.get(b)
        if held is None:
            continue
        holder[cls.name] = held
        init = next((s for s in cls.body if isinstance(s, ast.FunctionDef) and s.name == "__init__"), None)
        if init is None or not init.args.args:
            continue
        first = ast.parse(f"{held}.__init__({init.args.args[0].arg})").body[0]
        for n in walk(first):
            if "lineno" in n._attributes:
                ast.copy_location(n, init.body[0])
        at = 1 if isinstance(init.body[0], ast.Expr) and isinstance(init.body[0].value, ast.Constant) else 0
        init.body.insert(at, first)
    for i, base in reversed(added):
        module.body.insert(i, base)
    return True
