"""The tables lowering reads: operator names, which int operations can raise and which runtime
functions implement them, the builtins that need an iterable."""

from __future__ import annotations

import ast

ARITH = {ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.Div: "div", ast.FloorDiv: "floordiv",
         ast.Mod: "mod", ast.Pow: "pow", ast.LShift: "lshift", ast.RShift: "rshift",
         ast.BitAnd: "and", ast.BitOr: "or", ast.BitXor: "xor"}

COUNTER_OPS = (ast.Add, ast.Sub, ast.BitOr, ast.BitAnd)  # the kind argument of pyz_dict_N_counter_binop / _iop

CMP = {ast.Eq: "eq", ast.NotEq: "ne", ast.Lt: "lt", ast.LtE: "le", ast.Gt: "gt", ast.GtE: "ge"}

INT_RAISING = {"add", "sub", "mul", "floordiv", "mod", "pow", "lshift", "rshift", "div"}

INT_RUNTIME = {"floordiv": "pyz_int_floordiv", "mod": "pyz_int_mod", "pow": "pyz_int_pow",
               "lshift": "pyz_int_lshift", "rshift": "pyz_int_rshift", "div": "pyz_int_truediv"}

# pyz_num_binop's operator codes, in the order of its enum (runtime_c/pyz.h)
NUM_OPS = ("add", "sub", "mul", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor")

FLOAT_RUNTIME = {"div": "pyz_float_div", "floordiv": "pyz_float_floordiv", "mod": "pyz_float_mod",
                 "pow": "pyz_float_pow"}

NEEDS_AN_ITERABLE = {"len", "sorted", "list", "set", "dict", "min", "max", "sum", "any", "all", "reversed", "iter", "next",
                     "enumerate", "zip", "tuple", "frozenset"}
