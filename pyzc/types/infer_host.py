"""What the inference mixins use of the Inferencer they are mixed into, for the type checker only.

`Inferencer` (infer.py) is assembled from mixins, one file per area (objects.py, infer_format.py,
inplace.py, functions.py). A mixin calls the rules of its host (`expr`, `set_type`, `instance`...)
and a few of another mixin's, which it does not define. Each mixin derives from the protocol below
when the type checker reads it, and from `object` when the program runs, so nothing here is imported
at run time and infer.py is imported by no mixin. The protocol is checked against the host: mypy
compares each definition the host or a mixin gives with the one declared here (an override), and
refuses to instantiate a host that lacks one. ir/build_host.py does the same for the IR builder.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from ..diagnostics import SourceFile
    from ..frontend.symbols import FuncInfo, Program
    from .typed_program import CallInfo, Instance
    from .model import ClassT, Type


class InferHost(Protocol):
    """The part of Inferencer (and of its other mixins) that a mixin calls."""

    program: Program
    source: SourceFile
    inst: Instance  # the instance being inferred
    instances: dict[tuple, Instance]
    global_types: dict[str, Type]
    global_origin: dict[str, ast.AST]
    fields: dict[tuple, Type]
    field_origin: dict[tuple, ast.AST]
    unknown_fields: dict[int, tuple]
    dunder_calls: dict[tuple, CallInfo]

    def expr(self, node) -> Type: ...
    def expr_keep(self, node) -> Type: ...
    def tuple_length(self, node) -> int | None: ...
    def object_truth(self, t: Type, node) -> None: ...
    def namedtuple_named(self, node): ...
    def set_type(self, node, t: Type) -> Type: ...
    def widen(self, node, t: Type) -> None: ...
    def assign_var(self, name: str, t: Type, node) -> None: ...
    def is_variable_name(self, name: str) -> bool: ...
    def iterable_elem(self, arg, keep: bool = False) -> Type: ...
    def none_receiver(self, value, node, attr: str) -> Type: ...
    def instance(self, func: FuncInfo, argtypes: tuple) -> Instance: ...
    def call_instance(self, func: FuncInfo, argtypes: tuple, args: list | None, skip: int = 0) -> Instance: ...
    # defined by the mixins themselves: objects.py, functions.py
    def arg_types(self, args: list[ast.expr]) -> list[Type] | None: ...
    def dunder(self, cls: ClassT, name: str, argtypes: tuple, node=None) -> Type | None: ...
    def value_call(self, node: ast.Call) -> Type: ...
