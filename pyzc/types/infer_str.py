"""Inference rules for the str methods beyond the basic table (infer.STR_METHODS).

Here: the optional start/end of find/rfind/index/rindex/count/startswith/
endswith, a tuple of prefixes for startswith/endswith, partition/rpartition
(a tuple[str, str, str]), removeprefix/removesuffix, expandtabs, swapcase,
casefold, splitlines(keepends), the predicates isdecimal/isnumeric/istitle/
isascii/isprintable/isidentifier, and keyword arguments of split/rsplit/
splitlines/expandtabs.  Keyword arguments are moved to their positions in
the call node once, so that lowering sees positional arguments only.
"""

from __future__ import annotations

import ast

from .model import BOOL, BOTTOM, INT, STR, ListT, TupleT, Type

RANGE_METHODS = {"find": INT, "rfind": INT, "index": INT, "rindex": INT, "count": INT,
                 "startswith": BOOL, "endswith": BOOL}
MORE_METHODS = {  # name: (argument types, how many are required, result)
    "partition": ([STR], 1, TupleT((STR, STR, STR))), "rpartition": ([STR], 1, TupleT((STR, STR, STR))),
    "removeprefix": ([STR], 1, STR), "removesuffix": ([STR], 1, STR), "expandtabs": ([INT], 0, STR),
    "swapcase": ([], 0, STR), "casefold": ([], 0, STR), "isdecimal": ([], 0, BOOL), "isnumeric": ([], 0, BOOL),
    "istitle": ([], 0, BOOL), "isascii": ([], 0, BOOL), "isprintable": ([], 0, BOOL), "isidentifier": ([], 0, BOOL),
}
KEYWORDS = {"split": ("sep", "maxsplit"), "rsplit": ("sep", "maxsplit"), "splitlines": ("keepends",),
            "expandtabs": ("tabsize",)}
DEFAULTS = {"sep": None, "maxsplit": -1, "keepends": False, "tabsize": 8}


def is_none(node) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


class StrMethodRules:
    """Mixed into the Inferencer."""

    def keywords_to_positions(self, node: ast.Call, attr: str):
        names = KEYWORDS[attr]
        given = {}
        for kw in node.keywords:
            if kw.arg is None:
                raise self.source.error(kw, "** arguments are not supported yet")
            if kw.arg not in names:
                raise self.source.error(kw, f"'{kw.arg}' is an invalid keyword argument for {attr}()")
            i = names.index(kw.arg)
            if i < len(node.args) or kw.arg in given:
                raise self.source.error(kw, f"argument for {attr}() given by name ('{kw.arg}') and position ({i + 1})")
            given[kw.arg] = kw.value
        last = max(names.index(k) for k in given)
        for i in range(len(node.args), last + 1):
            value = given.get(names[i])
            if value is None:  # a default before a keyword given later
                value = ast.copy_location(ast.Constant(DEFAULTS[names[i]]), node)
            node.args.append(value)
        node.keywords = []

    def more_str_method(self, node: ast.Call, attr: str) -> Type | None:
        """The type of s.attr(...) for the calls this mixin handles, else None."""
        a = node.args
        if attr in KEYWORDS and node.keywords:
            self.keywords_to_positions(node, attr)
        if attr == "splitlines" and a:
            self.nargs(node, attr, 0, 1)
            self.expect(a[0], BOOL, "str.splitlines() argument")
            return ListT(STR)
        if attr in RANGE_METHODS:
            first = self.expr(a[0]) if a else BOTTOM
            if not (len(a) > 1 or attr == "rindex" or isinstance(first, TupleT)):
                return None  # the basic table's one-argument form
            self.no_keywords(node, f"str.{attr}")
            self.nargs(node, attr, 1, 3)
            if attr in ("startswith", "endswith") and isinstance(first, TupleT):
                for t in first.elems:
                    if t not in (STR, BOTTOM):
                        raise self.source.error(a[0], f"tuple for {attr} must only contain str, not {t}")
            elif first not in (STR, BOTTOM):
                if attr in ("startswith", "endswith"):
                    raise self.source.error(a[0], f"{attr} first arg must be str or a tuple of str, not {first}")
                raise self.source.error(a[0], f"must be str, not {first}")
            for arg in a[1:]:
                if is_none(arg):
                    self.expr(arg)
                else:
                    self.expect(arg, INT, "slice indices")
            return RANGE_METHODS[attr]
        if attr in MORE_METHODS:
            self.no_keywords(node, f"str.{attr}")
            params, need, result = MORE_METHODS[attr]
            self.nargs(node, attr, need, len(params))
            for arg, want in zip(a, params):
                self.expect(arg, want, f"str.{attr}() argument")
            return result
        return None
