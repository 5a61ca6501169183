"""Constant folding: a pure primitive op whose arguments are all constants becomes a constant.

Only ops that cannot raise for the given constants are folded (float() of a
huge int stays, so it raises at run time); ints have no limit, so int ops
fold exactly (runtime_c/int.c).  Uses of a folded register are rewritten in the same
block; a Branch on a constant is left for remove_dead_blocks to simplify.
Also folds the `__name__ == "__main__"` test.
"""

from __future__ import annotations

from ..ir.ops import Assign, Branch, CallRuntime, Const, Module, Op, Prim, Reg, is_temp
from ..types.model import BOOL, FLOAT, INT



def fits(v: int) -> bool:
    """A folded int worth a constant (ints have no limit; a huge one is left to run time)."""
    return v.bit_length() <= 4096


def evaluate(op: str, args: list):
    """The folded value, or None when the op cannot be folded safely."""
    if not args or any(x is None for x in args):  # (None: the placeholder of a value never made, ir/build.py)
        return None
    a = args[0]
    b = args[1] if len(args) > 1 else None
    table = {
        "int_add": lambda: a + b, "int_add_nocheck": lambda: a + b, "int_sub": lambda: a - b,
        "int_sub_nocheck": lambda: a - b, "int_mul": lambda: a * b, "int_neg": lambda: -a,
        "int_and": lambda: a & b, "int_or": lambda: a | b, "int_xor": lambda: a ^ b, "int_invert": lambda: ~a,
        "int_eq": lambda: a == b, "int_ne": lambda: a != b, "int_lt": lambda: a < b, "int_le": lambda: a <= b,
        "int_gt": lambda: a > b, "int_ge": lambda: a >= b, "int_truth": lambda: a != 0,
        "bool_not": lambda: not a, "bool_to_int": lambda: int(a), "int_to_float": lambda: float(a),
        "float_add": lambda: a + b, "float_sub": lambda: a - b, "float_mul": lambda: a * b,
        "float_neg": lambda: -a, "float_truth": lambda: a != 0.0,
    }
    fn = table.get(op.removesuffix("_small"))
    if fn is None:
        return None
    try:
        v = fn()
    except OverflowError:  # float() of a huge int: raised at run time
        return None
    if isinstance(v, bool):
        return Const(v, BOOL)
    if isinstance(v, int):
        return Const(v, INT) if fits(v) else None
    if isinstance(v, float):
        return Const(v, FLOAT)
    return None


def fold_constants(module: Module) -> Module:
    for fn in module.functions:
        for block in fn.blocks:
            known: dict[int, Const] = {}

            def sub(v):
                return known.get(id(v), v) if isinstance(v, Reg) else v

            new_ops: list[Op] = []
            for op in block.ops:
                if isinstance(op, (Prim, CallRuntime)):
                    op.args = [sub(a) for a in op.args]
                elif isinstance(op, Assign):
                    op.src = sub(op.src)
                elif isinstance(op, Branch):
                    op.cond = sub(op.cond)
                consts = [a for a in op.args if isinstance(a, Const)] if isinstance(op, (Prim, CallRuntime)) else []
                if isinstance(op, Prim) and op.dst is not None and len(consts) == len(op.args) \
                        and is_temp(op.dst.name) and op.dst not in op.args:
                    c = evaluate(op.op, [a.value for a in consts])
                    if c is not None:
                        known[id(op.dst)] = c
                        new_ops.append(Assign(op.dst, c, op.line))
                        continue
                if isinstance(op, CallRuntime) and op.name == "pyz_str_eq" and len(consts) == len(op.args) \
                        and op.dst is not None:
                    c = Const(consts[0].value == consts[1].value, BOOL)
                    known[id(op.dst)] = c
                    new_ops.append(Assign(op.dst, c, op.line))
                    continue
                # a register redefined in this block is no longer the known constant
                dst = getattr(op, "dst", None)
                if dst is not None and id(dst) in known:
                    del known[id(dst)]
                new_ops.append(op)
            block.ops = new_ops
    return module
