"""`iter(x)` of an iterable that has no iterator type of its own in pyzc: a generator of the program.

iter() of a list or a str is a position in it (primitives/iterator_ops.py, SeqIterT); of an object,
its `__iter__`; of an iterator, itself.  Any other iterable (a range, a tuple, a dict, a set, a
deque, bytes, a dict view) is walked by one generator function, defined at the top of the module
when the program calls iter() with one argument:

    def _pyz_iter(items):
        for item in items:
            yield item

Inference types such an iter(x) as the call `_pyz_iter(x)` (iterator_ops.iter_type), so next(), for
loops and every consumer of generators take it.  CPython makes the iterator of x when iter() is
called; here it is made when the generator is first advanced, which differs only for an x changed
in between (a range, a tuple and bytes never change).  `type(it).__name__` says "generator" where
CPython names the iterator's type (range_iterator, tuple_iterator, dict_keyiterator...).
"""

from __future__ import annotations

import ast

from .star_iterables import binds, define_helpers

ITER = "_pyz_iter"

SOURCE = f"""
def {ITER}(items):
    for item in items:
        yield item
"""


def define_iter_generator(module: ast.Module) -> bool:
    """Whether it changed the module (check.py's census is taken again if so)."""
    first = next((n for n in ast.walk(module) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                  and n.func.id == "iter" and len(n.args) == 1 and not isinstance(n.args[0], ast.Starred)
                  and not n.keywords), None)
    if first is None or binds(module, "iter"):
        return False
    define_helpers(module, {ITER: SOURCE}, {ITER: first})
    return True
