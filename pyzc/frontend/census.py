"""What a module holds, found in one walk: the kinds of node, the names and attribute names it mentions.

The subset check (check.py) runs some twenty rewrites, each written for one construct (`zip(*rows)`,
`map(f, xs)`, a conditional expression in print()...).  Most programs use few of them, and a rewrite
that walks the whole tree to find nothing costs as much as one that finds something.  So check.py takes
a census first, and a rewrite whose construct the census does not show is not run at all.  A rewrite
that runs may add nodes (helper functions, generated methods), so the census is taken again, lazily,
before the next rewrite that asks it anything.

Each question asked of a census must be implied by what its rewrite looks for: a rewrite is skipped
only where it would change nothing and report nothing.
"""

from __future__ import annotations

import ast
from ..ast_walk import walk


class Census:
    def __init__(self, module: ast.Module):
        self.module = module
        self.stale = True
        self.types: set[type] = set()
        self.names: set[str] = set()  # ids of ast.Name nodes (any context)
        self.attrs: set[str] = set()  # attribute names of ast.Attribute nodes
        self.called: set[str] = set()  # ids of the ast.Name nodes that are a call's function (`zip` in `zip(a, b)`)
        self.decorated = False  # some def or class (at any depth) has a decorator
        self.defaults = False  # some def or lambda has a default value
        self.empty_fstring = False  # some f-string (a format spec too) is empty: f"{x:}"

    def changed(self) -> None:
        """The module may have changed: count again before answering."""
        self.stale = True

    def take(self) -> Census:
        if not self.stale:
            return self
        self.stale = False
        types: set[type] = set()
        names: set[str] = set()
        attrs: set[str] = set()
        called: set[str] = set()
        decorated = defaults = empty_fstring = False
        for n in walk(self.module):
            types.add(type(n))
            if isinstance(n, ast.Name):
                names.add(n.id)
            elif isinstance(n, ast.Attribute):
                attrs.add(n.attr)
            elif isinstance(n, ast.Call):
                if isinstance(n.func, ast.Name):
                    called.add(n.func.id)
            elif isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
                decorated = decorated or bool(n.decorator_list)
            elif isinstance(n, ast.arguments):
                defaults = defaults or bool(n.defaults) or any(d is not None for d in n.kw_defaults)
            elif isinstance(n, ast.JoinedStr):
                empty_fstring = empty_fstring or not n.values
        self.types, self.names, self.attrs, self.called = types, names, attrs, called
        self.decorated, self.defaults, self.empty_fstring = decorated, defaults, empty_fstring
        return self

    def has(self, *types: type) -> bool:
        got = self.take().types
        return any(t in got for t in types)

    def mentions(self, *names: str) -> bool:
        """Whether some ast.Name has one of these ids."""
        got = self.take().names
        return any(n in got for n in names)

    def calls(self, *names: str) -> bool:
        """Whether some call's function is an ast.Name with one of these ids."""
        got = self.take().called
        return any(n in got for n in names)

    def mentions_attr(self, *attrs: str) -> bool:
        got = self.take().attrs
        return any(a in got for a in attrs)
