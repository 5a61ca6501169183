"""Set displays of constants: the order in which CPython 3.11 builds their tables.

CPython prints a set in the order of its hash table, and a set display of constants does
not build its table by adding the items in source order:

- the AST optimiser folds constant expressions (`-3`, `2 * 4`, `('a', 1)`), and turns the
  set display of `for x in {...}`, of a comprehension's `for`, and of the right side of
  `in` / `not in` into a frozenset constant when all its items are constants;
- the compiler does the same for a set display of more than 2 items, all constants
  (`BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE`: the new set copies the frozenset);
- each frozenset is `frozenset(items)` (items added in source order), and the compiler's
  constant merging (compile.c merge_consts_recursive) rebuilds it once more from its own
  iteration order.  The merging cache is per module: a frozenset constant equal to one met
  earlier in the module (in the compiler's order: a function's body where its `def` is,
  a comprehension's outermost iterable after its body) is that earlier constant, with the
  earlier display's layout.

The runtime's sets are CPython's tables (templates/set.c.j2): const_frozenset(items) builds
the first frozenset from items and rebuilds it as the merging does.  What the compiler
must give it is the list of items that the module's first equal constant was built from.
mark_frozenset_constants stores, on each ast.Set that CPython makes a frozenset constant,
`pyzc_frozenset_order`: indices into the node's own elts, in the order of the earlier
display's items (an equal constant has an item of equal key for each of them).  Sets of
strs: CPython's str hashes are randomised per process, so only the int, float, bool and
tuple-of-those layouts can match CPython's; the order of items is still the one CPython
would use for a given hash.
"""

from __future__ import annotations

import ast
from ..ast_walk import iter_child_nodes
import math
import operator

MAX_INT_BITS = 128   # CPython's ast_opt.c limits on folded values
MAX_STR_SIZE = 4096
MAX_COLLECTION_SIZE = 256

_NOT_CONST = object()

_BINARY = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
           ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Pow: operator.pow,
           ast.LShift: operator.lshift, ast.RShift: operator.rshift, ast.BitOr: operator.or_,
           ast.BitXor: operator.xor, ast.BitAnd: operator.and_}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos, ast.Invert: operator.invert, ast.Not: operator.not_}


def _safe_binary(op, a, b):
    """ast_opt.c's fold_binop: no folding of results past its limits, nor of str % x."""
    if isinstance(op, ast.Mult):
        if isinstance(a, int) and isinstance(b, int) and a and b and a.bit_length() + b.bit_length() > MAX_INT_BITS:
            return _NOT_CONST
        for seq, n in ((a, b), (b, a)):
            if isinstance(seq, (str, bytes, tuple)) and isinstance(n, int):
                if n > 0 and len(seq) * n > (MAX_COLLECTION_SIZE if isinstance(seq, tuple) else MAX_STR_SIZE):
                    return _NOT_CONST
    elif isinstance(op, ast.Pow):
        if isinstance(a, int) and isinstance(b, int) and b > 0 and a.bit_length() * b > MAX_INT_BITS:
            return _NOT_CONST
    elif isinstance(op, ast.LShift):
        if isinstance(a, int) and isinstance(b, int) and (b < 0 or b > MAX_INT_BITS or a.bit_length() > MAX_INT_BITS - b):
            return _NOT_CONST
    elif isinstance(op, ast.Mod):
        if isinstance(a, (str, bytes)):
            return _NOT_CONST
    elif isinstance(op, ast.Add):
        if isinstance(a, (str, bytes)) and isinstance(b, type(a)) and len(a) + len(b) > MAX_STR_SIZE:
            return _NOT_CONST
    try:
        return _BINARY[type(op)](a, b)
    except Exception:  # an error CPython leaves for run time: not folded
        return _NOT_CONST


def const_value(node):
    """The value CPython 3.11's AST optimiser folds node into, or _NOT_CONST."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
        v = const_value(node.operand)
        if v is _NOT_CONST:
            return _NOT_CONST
        try:
            return _UNARY[type(node.op)](v)
        except Exception:
            return _NOT_CONST
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        a, b = const_value(node.left), const_value(node.right)
        if a is _NOT_CONST or b is _NOT_CONST:
            return _NOT_CONST
        return _safe_binary(node.op, a, b)
    if isinstance(node, ast.Tuple) and isinstance(node.ctx, ast.Load):
        items = [const_value(e) for e in node.elts]
        return _NOT_CONST if any(v is _NOT_CONST for v in items) else tuple(items)
    return _NOT_CONST


def const_key(v):
    """codeobject.c's _PyCode_ConstantKey: equal keys are one constant (1 and 1.0 and True are not)."""
    if v is None or v is Ellipsis or type(v) in (int, str):
        return v
    if type(v) in (bool, bytes):
        return (type(v), v)
    if type(v) is float:
        return (float, v, None) if v == 0.0 and math.copysign(1.0, v) < 0 else (float, v)
    if type(v) is complex:
        return (complex, v)  # signed zeros of complex constants are not told apart here
    if type(v) is tuple:
        return (tuple(const_key(x) for x in v), v)
    if type(v) is frozenset:
        return (frozenset(const_key(x) for x in v), v)
    return (type(v), id(v))


class _Marker:
    """Walks a module in the order CPython's compiler adds constants (see the module docstring)."""

    def __init__(self):
        self.first: dict = {}  # constant key -> the item keys, in source order, of the first equal display

    def frozenset_const(self, node: ast.Set):
        values = [const_value(e) for e in node.elts]
        if any(v is _NOT_CONST for v in values):
            return False
        keys = [const_key(v) for v in values]
        try:
            key = (frozenset(keys), frozenset(values))
        except TypeError:  # an unhashable constant: CPython raises at compile time
            return False
        order = self.first.setdefault(key, keys)
        where: dict[object, int] = {}
        for i, k in enumerate(keys):
            where.setdefault(k, i)
        setattr(node, "pyzc_frozenset_order", [where[k] for k in order])  # an annotation the AST class does not declare
        return True

    def iterable(self, node):
        """fold_iter: a set display iterated (for, comprehension) or searched (`in`)."""
        if isinstance(node, ast.Set) and self.frozenset_const(node):
            for e in node.elts:
                self.visit(e)
        else:
            self.visit(node)

    def visit(self, node):
        if node is None:
            return
        if isinstance(node, list):
            for n in node:
                self.visit(n)
            return
        method = getattr(self, "visit_" + type(node).__name__, None)
        if method is not None:
            method(node)
        else:
            self.generic(node)

    def generic(self, node):
        for child in iter_child_nodes(node):
            self.visit(child)

    def visit_Set(self, node: ast.Set):
        if len(node.elts) > 2:
            self.frozenset_const(node)
        self.generic(node)

    def visit_Compare(self, node: ast.Compare):
        self.visit(node.left)
        for i, c in enumerate(node.comparators):
            last = i == len(node.comparators) - 1
            if last and isinstance(node.ops[-1], (ast.In, ast.NotIn)):
                self.iterable(c)
            else:
                self.visit(c)

    def visit_For(self, node):
        self.iterable(node.iter)
        self.visit(node.target)
        self.visit(node.body)
        self.visit(node.orelse)

    visit_AsyncFor = visit_For

    def visit_Assign(self, node: ast.Assign):
        self.visit(node.value)
        self.visit(node.targets)

    def visit_Try(self, node: ast.Try):
        self.visit(node.body)
        self.visit(node.orelse)
        self.visit(node.handlers)
        self.visit(node.finalbody)

    def visit_FunctionDef(self, node):
        self.visit(node.decorator_list)
        self.visit(node.args.defaults)
        self.visit(node.args.kw_defaults)
        self.visit(node.body)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Lambda(self, node: ast.Lambda):
        self.visit(node.args.defaults)
        self.visit(node.args.kw_defaults)
        self.visit(node.body)

    def visit_ClassDef(self, node: ast.ClassDef):
        self.visit(node.decorator_list)
        self.visit(node.body)  # the class body's code is made before its bases are evaluated
        self.visit(node.bases)
        self.visit(node.keywords)

    def comprehension(self, generators, elts):
        for i, gen in enumerate(generators):
            if i:
                self.iterable(gen.iter)
            self.visit(gen.target)
            self.visit(gen.ifs)
        self.visit(elts)
        self.iterable(generators[0].iter)  # the outermost iterable is evaluated in the enclosing scope

    def visit_ListComp(self, node):
        self.comprehension(node.generators, [node.elt])

    visit_SetComp = visit_GeneratorExp = visit_ListComp

    def visit_DictComp(self, node: ast.DictComp):
        self.comprehension(node.generators, [node.key, node.value])


def mark_frozenset_constants(tree: ast.Module) -> ast.Module:
    _Marker().visit(tree.body)
    return tree
