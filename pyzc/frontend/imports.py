"""What a module's top-level import statements call a library module and its members.

The front-end rewrites of library features (abc, dataclasses, enum, functools, operator,
itertools) recognise `mod.member` and a bare `member` by the names the program gave them:
`import functools as ft` makes `ft` a name of functools, `from functools import partial as p`
makes `p` a name of functools.partial.
"""

from __future__ import annotations

import ast


def import_names(module: ast.Module, name: str) -> tuple[set[str], dict[str, str]]:
    """The names the module's top level gives the module `name`, and those it gives its members
    (the name in this module -> the member's name in `name`); a star import gives none."""
    modules: set[str] = set()
    members: dict[str, str] = {}
    for stmt in module.body:
        if isinstance(stmt, ast.Import):
            modules |= {a.asname or a.name for a in stmt.names if a.name == name}
        elif isinstance(stmt, ast.ImportFrom) and stmt.module == name and not stmt.level:
            members |= {a.asname or a.name: a.name for a in stmt.names if a.name != "*"}
    return modules, members


def names_of_member(members: dict[str, str], *wanted: str) -> set[str]:
    """The names that the members map of import_names gives to any of the members `wanted`."""
    return {local for local, member in members.items() if member in wanted}


def imports_module(module: ast.Module, name: str) -> bool:
    """Whether the module's top level imports `name` or something from it."""
    return any(isinstance(s, ast.Import) and any(a.name == name for a in s.names)
               or isinstance(s, ast.ImportFrom) and s.module == name and not s.level for s in module.body)


class ModuleMemberReads(ast.NodeTransformer):
    """A rewrite of reads of one module's members: `mod.name` (mod among `modules`, the names the
    module's imports give it) and `name` (imported from it: `members` maps the local name to the
    member's), neither shadowed by a name a function or lambda around the read binds (`shadowed`,
    which the subclass keeps as it walks)."""

    def __init__(self, modules: set[str], members: dict[str, str]):
        self.modules = modules
        self.members = members
        self.shadowed: list[set[str]] = []

    def member(self, node: ast.expr) -> str | None:
        """The member's name that node reads, or None."""
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in self.modules \
                and not any(node.value.id in s for s in self.shadowed):
            return node.attr
        if isinstance(node, ast.Name) and node.id in self.members and isinstance(node.ctx, ast.Load) \
                and not any(node.id in s for s in self.shadowed):
            return self.members[node.id]
        return None
