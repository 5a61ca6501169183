"""`iter(x)` of an iterable that has no iterator type of its own in pyzc: a generator of the program.

iter() of a list or a str is a position in it (primitives/iterator_ops.py, SeqIterT); of an object,
its `__iter__`; of an iterator, itself.  Any other iterable (a range, a tuple, a dict, a set, a
deque, bytes) is walked by one generator function, defined at the top of the module
when the program calls iter() with one argument:

    def _pyz_iter(items):
        for item in items:
            yield item

and a view written in place, `iter(d.items())`, by one for its kind, given the dict (a view is not
passed to functions): `def _pyz_iter_items(d): for item in d.items(): yield item`.

Inference types such an iter(x) as the call `_pyz_iter(x, _pyz_mutations(x))` (iterator_ops.iter_type),
so next(), for loops and every consumer of generators take it.  CPython makes the iterator of x when
iter() is called; here it is made when the generator is first advanced, which differs only for an x
changed in between (a range, a tuple and bytes never change).  For a deque the second argument, taken
when iter() is called, is what CPython's iterator takes then (its count of changes), and the loop
compares with that (FunctionBuilder.deque_cursor: "deque mutated during iteration" at the first next()
after a change); it is taken only when x is a name (else x would be evaluated twice) and is -1 otherwise.
`type(it).__name__` says "generator" where CPython names the iterator's type (range_iterator,
tuple_iterator, dict_keyiterator...).
"""

from __future__ import annotations

import ast

from ..ast_walk import walk
from .star_iterables import binds, define_helpers

ITER = "_pyz_iter"
MUTATIONS = "_pyz_mutations"  # primitives/iterator_ops.py
SINCE = "pyzc_since"  # on the iterable of a helper's loop: the index of the parameter holding _pyz_mutations(x)
HIDDEN_ARGS = "pyzc_hidden_args"  # on a call: how many of its last arguments the front end added (not the program's)

SOURCE = f"""
def {ITER}(items, since):
    for item in items:
        yield item
"""


VIEWS = ("keys", "values", "items")


def view_helper(kind: str) -> str:
    """The generator that walks a dict's view of this kind: iter(d.items()) is typed as _pyz_iter_items(d)."""
    return f"{ITER}_{kind}"


def view_call(arg: ast.expr) -> str | None:
    """The kind of view when arg is `d.keys()`, `d.values()` or `d.items()` written in place."""
    if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr in VIEWS \
            and not arg.args and not arg.keywords:
        return arg.func.attr
    return None


def since_argument(x: ast.expr) -> ast.expr:
    """The argument a helper walking x is given for what CPython's iterator takes from x when it is made."""
    if isinstance(x, ast.Name):  # a name read twice reads one value
        arg: ast.expr = ast.Call(func=ast.Name(id=MUTATIONS, ctx=ast.Load()), args=[ast.Name(id=x.id, ctx=ast.Load())], keywords=[])
    else:
        arg = ast.Constant(value=-1)
    for n in walk(arg):
        ast.copy_location(n, x)
    return arg


def define_iter_generator(module: ast.Module) -> bool:
    """Whether it changed the module (check.py's census is taken again if so)."""
    calls = [n for n in walk(module) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
             and n.func.id == "iter" and len(n.args) == 1 and not isinstance(n.args[0], ast.Starred)
             and not n.keywords]
    if not calls or binds(module, "iter"):
        return False
    sources, at = {ITER: SOURCE}, {ITER: calls[0]}
    for n in calls:  # a view of a dict: a generator over the dict's view (a view is not passed to functions)
        kind = view_call(n.args[0])
        if kind is not None and view_helper(kind) not in sources:
            sources[view_helper(kind)] = f"def {view_helper(kind)}(d):\n    for item in d.{kind}():\n        yield item\n"
            at[view_helper(kind)] = n
    define_helpers(module, sources, at)
    helper = next(n for n in module.body if isinstance(n, ast.FunctionDef) and n.name == ITER)
    loop = helper.body[0]
    assert isinstance(loop, ast.For)
    setattr(loop.iter, SINCE, 1)
    for n in calls:  # each iter(x) call: its second argument, evaluated where it is
        n.args.append(since_argument(n.args[0]))
        setattr(n, HIDDEN_ARGS, 1)
    return True
