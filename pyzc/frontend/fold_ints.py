"""Constant int expressions folded exactly, on the AST, before anything checks their size.

`2**63 - 1`, `-2**63` and `-1 << 63` are ordinary values in CPython, whose ints have no
limit; evaluated op by op in 64 bits their intermediate `2**63` overflows.  So a tree of
int literals joined by arithmetic, bitwise and shift operators is evaluated here with
Python's own ints, and the outermost node becomes one literal (at the place of the
expression, for diagnostics), a big int too (runtime_c/int.c makes it at its first use).
Anything that would raise in CPython (division by zero, a negative shift count) is left
as written, and so is a power or shift whose result would be huge (bounded below, so that
`10**10**10` cannot hang the compiler): they run at run time.

Bools are left alone (`True + 1` keeps its operand types for inference), and so are floats:
only int results are folded, and an int literal or `-literal` is already as simple as it
gets, except `-9223372036854775808`, whose literal alone does not fit.
"""

from __future__ import annotations

import ast

MAX_BITS = 4096  # larger intermediate values are not folded

BINARY = {
    ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b,
    ast.FloorDiv: lambda a, b: a // b if b else None, ast.Mod: lambda a, b: a % b if b else None,
    ast.Pow: lambda a, b: a ** b if b >= 0 and (abs(a) <= 1 or a.bit_length() * b <= MAX_BITS) else None,
    ast.LShift: lambda a, b: a << b if 0 <= b and (a == 0 or a.bit_length() + b <= MAX_BITS) else None,
    ast.RShift: lambda a, b: a >> b if b >= 0 else None,
    ast.BitAnd: lambda a, b: a & b, ast.BitOr: lambda a, b: a | b, ast.BitXor: lambda a, b: a ^ b,
}
UNARY = {ast.USub: lambda a: -a, ast.UAdd: lambda a: +a, ast.Invert: lambda a: ~a}


def fits(v: int) -> bool:
    """Worth one literal: any int the bound on folding lets through (ints have no limit)."""
    return v.bit_length() <= MAX_BITS


class IntFolder(ast.NodeTransformer):
    """Bottom up, so a long chain is evaluated once: `values` holds the exact value of every
    constant node seen, including those left unfolded because they do not fit."""

    def __init__(self):
        self.values: dict[int, int] = {}

    def value(self, node) -> int | None:
        if isinstance(node, ast.Constant):
            v = node.value
            return v if isinstance(v, int) and not isinstance(v, bool) else None
        return self.values.get(id(node))

    def visit_BinOp(self, node: ast.BinOp):
        self.generic_visit(node)
        a, b = self.value(node.left), self.value(node.right)
        if a is None or b is None or type(node.op) not in BINARY:
            return node
        return self.result(node, BINARY[type(node.op)](a, b))

    def visit_UnaryOp(self, node: ast.UnaryOp):
        self.generic_visit(node)
        a = self.value(node.operand)
        if a is None or type(node.op) not in UNARY:
            return node
        v = UNARY[type(node.op)](a)
        if isinstance(node.operand, ast.Constant) and fits(a):
            self.values[id(node)] = v
            return node  # -5 stays as written
        return self.result(node, v)

    def result(self, node, v: int | None):
        if v is None or v.bit_length() > MAX_BITS:
            return node
        if not fits(v):
            self.values[id(node)] = v
            return node
        return ast.copy_location(ast.Constant(value=v), node)


def fold_int_constants(tree: ast.Module) -> ast.Module:
    """Only BinOp and UnaryOp nodes change: the rest of the tree is walked here, each outermost BinOp or
    UnaryOp handed to the folder (an ast.NodeTransformer over the whole module cost more than the parse)."""
    folder = IntFolder()
    todo: list[ast.AST] = [tree]
    while todo:
        node = todo.pop()
        for name in node._fields:
            value = getattr(node, name, None)
            if isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, (ast.BinOp, ast.UnaryOp)):
                        value[i] = folder.visit(item)
                    elif isinstance(item, ast.AST):
                        todo.append(item)
            elif isinstance(value, (ast.BinOp, ast.UnaryOp)):
                setattr(node, name, folder.visit(value))
            elif isinstance(value, ast.AST):
                todo.append(value)
    return tree
