"""Imports: the program's own modules and pyzc's Python library, linked into one module.

A program is its main file plus the Python modules it imports: the user's own
(`helpers.py` next to the main file) and the standard modules pyzc writes in Python
(`pyzc/pylib/random.py`, ...).  The modules whose members the compiler implements
itself (`math`, `sys`, ... : compiled_modules.py) stay imports.

Linking happens on the AST, before name resolution, so every later stage sees one
module:
- each imported file is read, parsed, checked, and its lines shifted so that the line
  number alone names the file (diagnostics.SourceFile.locate);
- its top-level names get the module's prefix (`helpers:area`, `random:seed`): the
  prefix cannot occur in a Python name, so modules never collide with each other or
  with the main file, whose names stay as they are;
- its body is spliced in place of the first `import` of it, so its top-level code runs
  when CPython would run it, once;
- every use of an imported name is rewritten to what it names, whatever the import form:
  `h.area` and `area` (from `from helpers import area`) become `helpers:area`;
  `m.sqrt` (from `import math as m`) and `sqrt` (from `from math import sqrt`) become
  `math.sqrt`, the one form inference knows;
- a compiled module's member written in Python (`os.walk`: compiled_modules.PYTHON_PARTS)
  becomes its part's name (`_os:walk`), and the part is spliced where the module is
  imported, when the file names one of the part's members (used_members).
Names bound in a function, lambda or comprehension are never rewritten: a function's
locals are its parameters and the names it assigns (Python's rule), and lambda and
comprehension variables are already renamed apart by symbols.prepare_scopes (`x@3`).
"""

from __future__ import annotations

import __future__
import ast
import functools
import importlib
import os
import typing

from ..ast_walk import walk
from ..compiled_modules import COMPILED_MODULES, PYTHON_PARTS
from ..diagnostics import CompileError, SourceFile
from ..exceptions import MODULE_MEMBERS
from .check import SUPPORTED_MODULES, check_subset
from .docstrings import inline_module_doc
from .function_imports import hoist_function_imports
from .module_aliases import rewrite_module_aliases
from .parse import parse, read_source
from .python_names import unknown_module_message
from .symbols import MODULE_SEP, assigned_names, prepare_scopes

C_SUBMODULES = {name for name in COMPILED_MODULES if "." in name}  # dotted modules the compiler implements
CLASS_MODULES = {name.split(".")[0] for name in MODULE_MEMBERS}  # those with exception classes (struct.error)
STAR = "*"  # the last item of an alias that a star import made
MAIN_PREFIX = "__main__" + MODULE_SEP  # the main file's names that would collide with a module's name
LIB_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "pylib")


def library_modules() -> list[str]:
    """The standard modules pyzc provides as Python source."""
    return sorted(f[:-3] for f in os.listdir(LIB_DIR) if f.endswith(".py") and not f.startswith("_"))


def link(source: SourceFile, tree: ast.Module) -> ast.Module:
    """The main module with every imported Python module spliced in (see the module docstring)."""
    main_name = os.path.splitext(os.path.basename(source.path))[0]
    linker = Linker(source, os.path.dirname(source.path), main_name)
    inline_module_doc(tree)
    tree.body = linker.module_body(tree, "")
    if linker.errors:  # the tree is linked without them: the later stages may still look for theirs
        raise CompileError.of(linker.errors)
    return tree


class ModuleInfo:
    """One imported Python module: its prefix and its top-level names."""

    def __init__(self, name: str, path: str, tree: ast.Module):
        self.name = name
        self.path = path
        self.tree = tree
        self.prefix = name + MODULE_SEP
        self.top_names = top_level_names(tree)
        self.aliases: dict[str, tuple] = {}
        self.body: list[ast.stmt] | None = None  # None while its own imports are being linked


def top_level_names(tree: ast.Module) -> set[str]:
    """The module's globals: what its top level binds, and what its functions declare global."""
    names = assigned_names([s for s in tree.body if not isinstance(s, (ast.FunctionDef, ast.ClassDef))])
    names |= {s.name for s in tree.body if isinstance(s, (ast.FunctionDef, ast.ClassDef))}
    names |= {name for n in walk(tree) if isinstance(n, ast.Global) for name in n.names}
    return names


class Linker:
    def __init__(self, source: SourceFile, main_dir: str, main_name: str):
        self.source = source
        self.main_dir = main_dir
        self.main_name = main_name
        self.modules: dict[str, ModuleInfo] = {}
        self.spliced: set[str] = set()
        self.errors: list[CompileError] = []  # one per import that failed; linking goes on without it
        self.used: set[tuple[str, str]] = set()  # the module members the file being linked names (used_members)

    # ------------------------------------------------------------ finding and loading
    def is_standard(self, name: str) -> bool:
        """Whether `name` is a module the compiler implements or one of its Python library (not a file of
        the program's): importing it has no effect a program can see (function_imports.py)."""
        if name in SUPPORTED_MODULES or (name.split(".")[0] in SUPPORTED_MODULES and name in C_SUBMODULES):
            return True
        return "." not in name and name != self.main_name and not os.path.isfile(os.path.join(self.main_dir, name + ".py")) \
            and os.path.isfile(os.path.join(LIB_DIR, name + ".py"))

    def find(self, name: str, node) -> str | None:
        """The file of Python module `name`, or None for a module the compiler implements."""
        if name in SUPPORTED_MODULES or (name.split(".")[0] in SUPPORTED_MODULES and name in C_SUBMODULES):
            return None
        if "." in name:
            refusal = unknown_module_message(name)  # xml.dom is Python's; os.path is known above
            if refusal is not None and name.split(".")[0] not in SUPPORTED_MODULES:
                raise self.source.error(node, refusal)
            raise self.source.error(node, f"import of package module '{name}' is not supported yet")
        if name == self.main_name:
            raise self.source.error(node, f"the program imports itself ('{name}'): not supported")
        for folder in (self.main_dir, LIB_DIR):
            path = os.path.join(folder, name + ".py")
            if os.path.isfile(path):
                return path
        if os.path.isdir(os.path.join(self.main_dir, name)):
            raise self.source.error(node, f"importing the package '{name}' is not supported yet (a module must be one .py file next to the program)")
        refusal = unknown_module_message(name)
        if refusal is not None:
            raise self.source.error(node, refusal)
        raise self.source.error(node, f"no module named '{name}': it is neither a module pyzc provides "
                                      f"(`pyzc modules` lists them) nor a .py file next to the program")

    def load(self, name: str, path: str, node) -> ModuleInfo:
        info = self.modules.get(name)
        if info is not None:
            if info.body is None:
                raise self.source.error(node, f"circular import of module '{name}' is not supported")
            return info
        try:
            file = read_source(path)
        except CompileError as e:  # unreadable, not UTF-8, NUL bytes: say which import wanted it
            raise self.source.error(node, f"cannot import '{name}': {e.diagnostic.message}")
        tree = parse(file)
        inline_module_doc(tree)
        ast.increment_lineno(tree, self.source.add_file(path, file.text))
        check_subset(self.source, tree)
        prepare_scopes(tree)
        info = ModuleInfo(name, path, tree)
        self.modules[name] = info
        info.body = None
        body = self.module_body(tree, info.prefix, info)
        info.body = body
        return info

    # ------------------------------------------------------------ one module
    def module_body(self, tree: ast.Module, prefix: str, info: ModuleInfo | None = None) -> list[ast.stmt]:
        """The module's statements, renamed, with its imports replaced by what they load."""
        rewrite_module_aliases(tree)  # `sqrt = math.sqrt` is `from math import sqrt as sqrt`
        hoist_function_imports(tree, self.is_standard)  # `import math` in a function: at the top
        aliases: dict[str, tuple] = {}
        out: list[ast.stmt] = []
        saved_used, self.used = self.used, used_members(tree)
        linked: set[int] = set()  # statements of spliced modules: renamed already, by their own module's names
        for i, stmt in enumerate(tree.body):
            if isinstance(stmt, ast.ImportFrom) and stmt.module == "__future__" and not at_beginning(tree.body[:i]):
                self.errors.append(self.source.error(stmt, "SyntaxError: from __future__ imports must occur at the beginning of the file"))
                continue
            if isinstance(stmt, (ast.Import, ast.ImportFrom)):
                try:
                    new = self.import_stmt(stmt, aliases)
                except CompileError as e:
                    self.errors.append(e)
                else:
                    linked |= {id(s) for s in new if not isinstance(s, ast.Import)}
                    out += new
            else:
                for n in walk(stmt):
                    if isinstance(n, (ast.Import, ast.ImportFrom)):
                        where = "functions" if isinstance(stmt, (ast.FunctionDef, ast.ClassDef)) else "statements"
                        self.errors.append(self.source.error(n, f"imports inside {where} are not supported yet; put them at the top level of the module"))
                out.append(stmt)
        used_parts = any(self.part_member(m, n) or (m in PYTHON_PARTS and n == STAR) for m, n in self.used)
        self.used = saved_used
        if info is not None:
            info.aliases = aliases
        own = top_level_names(tree)
        for alias in [n for n, a in aliases.items() if n in own and a[-1] == STAR]:
            del aliases[alias]  # a name the module binds itself wins over one from a star import
        if prefix:
            top = set(own)
        else:
            # The main file's names stay as they are, except those spelled like a module the
            # compiler implements (`time = 0`, `def time()`): an imported module's `time.time()`
            # must still name the module, so these become `__main__:time`.
            top = {n for n in own if n in SUPPORTED_MODULES and aliases.get(n) != ("c", n)}
            if not top and not used_parts and all(a[0] == "c" and a[1] == name and name not in CLASS_MODULES
                                                  for name, a in aliases.items()):
                return out  # only `import math`-style imports: nothing to rename
        renamer = Renamer(self, prefix or MAIN_PREFIX if top else prefix, top, aliases, info.name if info else "__main__")
        return [s if id(s) in linked else renamer.visit(s) for s in out]

    def import_stmt(self, stmt, aliases: dict[str, tuple]) -> list[ast.stmt]:
        """Record what an import binds; return the statements that replace it."""
        out: list[ast.stmt] = []

        def c_import(name):
            out.append(ast.copy_location(ast.Import(names=[ast.alias(name=name)]), stmt))
            out.extend(self.python_parts(name, stmt))

        if isinstance(stmt, ast.Import):
            for a in stmt.names:
                top = a.name.split(".")[0]
                if a.name == "typing":  # annotations only: nothing to run
                    aliases[a.asname or "typing"] = ("typing_module",)
                    continue
                path = self.find(a.name if a.asname else top, stmt)
                if path is None:
                    c_import(top)
                    aliases[a.asname or top] = ("c", a.name if a.asname else top)
                else:
                    out += self.splice(top, path, stmt)
                    aliases[a.asname or top] = ("py", top)
            return out
        if stmt.level:
            raise self.source.error(stmt, "relative imports are not supported (import the module by its name)")
        name = stmt.module
        if name in ("typing", "__future__", "collections.abc"):
            return self.typing_import(stmt, aliases)
        path = self.find(name, stmt)
        if path is None:
            c_import(name.split(".")[0])
        else:
            out += self.splice(name, path, stmt)
        for a in stmt.names:
            if a.name == "*":
                self.star_import(name, path, stmt, aliases)
                continue
            if path is None:
                aliases[a.asname or a.name] = ("c_member", name, a.name)
            else:
                member = self.member(self.modules[name], a.name, stmt)
                aliases[a.asname or a.name] = member
        return out

    def star_import(self, name: str, path: str | None, stmt, aliases: dict[str, tuple]) -> None:
        """from M import *: M's public names (its __all__ when it has one), each as `from M import name`.
        The importing module's own top-level names are not replaced (module_body drops those aliases)."""
        if path is None:  # a module the compiler implements: the names CPython's module has
            module = importlib.import_module(name)
            names = getattr(module, "__all__", None) or [n for n in dir(module) if not n.startswith("_")]
            for n in names:
                aliases[n] = ("c_member", name, n, STAR)
            return
        info = self.modules[name]
        exported = module_all(info.tree)
        names = exported if exported is not None else sorted(n for n in info.top_names | set(info.aliases)
                                                              if not n.startswith("_") and "@" not in n)
        for n in names:
            aliases[n] = self.member(info, n, stmt) + (STAR,)

    def typing_import(self, stmt: ast.ImportFrom, aliases: dict[str, tuple]) -> list[ast.stmt]:
        """from typing import List, Optional ...: names for annotations, which run nothing (Renamer).
        from __future__ import X: every feature of Python 3 is on already (annotations are never
        evaluated here anyway); CPython's SyntaxErrors for a name that is no feature."""
        if stmt.module == "__future__":
            for a in stmt.names:
                if a.name == "braces":
                    raise self.source.error(stmt, "SyntaxError: not a chance")
                if a.name not in __future__.all_feature_names:
                    raise self.source.error(stmt, f"SyntaxError: future feature {a.name} is not defined")
                if a.name == "barry_as_FLUFL":  # `<>` for `!=`: a grammar pyzc's parser does not read
                    raise self.source.error(stmt, "from __future__ import barry_as_FLUFL is not supported")
            return []
        if stmt.module == "collections.abc":  # its abstract classes, which typing has too: in annotations
            for a in stmt.names:
                if a.name == "*" or not hasattr(typing, a.name):
                    raise self.source.error(stmt, f"from collections.abc import {a.name} is not supported yet"
                                            " (its abstract classes are, in annotations)")
                aliases[a.asname or a.name] = ("typing", a.name, "collections.abc")
            return []
        for a in stmt.names:
            if a.name == "*":
                for n in dir(typing):
                    if not n.startswith("_"):
                        aliases[n] = ("typing", n)
            else:
                aliases[a.asname or a.name] = ("typing", a.name)
        return []

    def part_member(self, module: str, attr: str) -> str | None:
        """The name `module.attr` has when the module's Python part defines it (`os.walk`: `_os:walk`)."""
        part = PYTHON_PARTS.get(module)
        if part is not None and attr in part_names(part):
            return part + MODULE_SEP + attr
        return None

    def python_parts(self, top: str, node) -> list[ast.stmt]:
        """The Python parts of compiled module `top` (and of its submodules) that the file being linked
        uses, spliced where it imports the module; a part imports the module too, and is then left out
        of its own import (it is being linked)."""
        out: list[ast.stmt] = []
        for module, part in PYTHON_PARTS.items():
            if module.split(".")[0] != top or not ((module, STAR) in self.used or (top, STAR) in self.used
                                                   or any((module, n) in self.used for n in part_names(part))):
                continue
            info = self.modules.get(part)
            if info is not None and info.body is None:
                continue
            out += self.splice(part, os.path.join(LIB_DIR, part + ".py"), node)
        return out

    def splice(self, name: str, path: str, node) -> list[ast.stmt]:
        info = self.load(name, path, node)
        if name in self.spliced:
            return []
        self.spliced.add(name)
        assert info.body is not None  # load refuses a module whose imports are still being linked
        return info.body

    def member(self, info: ModuleInfo, attr: str, node) -> tuple:
        """What `info.attr` names: ('name', prefixed name) or an alias of the module's own imports."""
        if attr in info.top_names:
            return ("name", info.prefix + attr)
        if attr in info.aliases:
            return info.aliases[attr]
        if os.path.dirname(info.path) == LIB_DIR and python_module_has(info.name, attr):
            raise self.source.error(node, f"{info.name}.{attr} is not supported yet")
        raise self.source.error(node, f"cannot import name '{attr}' from '{info.name}' ({info.path})")


class Renamer(ast.NodeTransformer):
    """Rewrites a module's names: its top-level names get its prefix; imported names become what they name."""

    def __init__(self, linker: Linker, prefix: str, top: set[str], aliases: dict[str, tuple], module_name: str):
        self.linker = linker
        self.source = linker.source
        self.prefix = prefix
        self.top = top
        self.aliases = aliases
        self.module_name = module_name
        self.scopes: list[set[str]] = []  # locals of the enclosing functions, innermost last
        self.in_annotation = False  # typing's names are allowed only there
        self.in_bases = False  # the bases of a class: typing.NamedTuple is allowed there
        self.class_scope: set[str] | None = None  # names a class body binds, while in that body

    def is_local(self, name: str) -> bool:
        return any(name in s for s in self.scopes) or (self.class_scope is not None and name in self.class_scope)

    def global_name(self, name: str) -> str:
        return self.prefix + name if name in self.top or (self.module_prefix() and "@" in name) else name

    def module_prefix(self) -> bool:
        """Whether every top-level name of this module is prefixed (an imported module's, not the main file's)."""
        return bool(self.prefix) and self.prefix != MAIN_PREFIX

    # ------------------------------------------------------------ definitions
    def visit_FunctionDef(self, node: ast.FunctionDef):
        node.decorator_list = [self.visit(d) for d in node.decorator_list]
        node.args = self.visit(node.args)  # defaults and annotations belong to the enclosing scope
        if node.returns is not None:
            node.returns = self.annotation(node.returns)
        if not self.scopes and self.class_scope is None:
            node.name = self.global_name(node.name)
        a = node.args
        params = {p.arg for p in a.posonlyargs + a.args + a.kwonlyargs}
        params |= {p.arg for p in (a.vararg, a.kwarg) if p is not None}
        declared = {name for s in node.body for n in walk(s) if isinstance(n, ast.Global) for name in n.names}
        saved = self.class_scope
        self.class_scope = None  # a class body's names are not visible inside its methods
        self.scopes.append((params | assigned_names(node.body)) - declared)
        node.body = [self.visit(s) for s in node.body]
        self.scopes.pop()
        self.class_scope = saved
        return node

    def visit_Lambda(self, node: ast.Lambda):
        a = node.args
        a.defaults = [self.visit(d) for d in a.defaults]
        self.scopes.append({p.arg for p in a.posonlyargs + a.args + a.kwonlyargs})
        node.body = self.visit(node.body)
        self.scopes.pop()
        return node

    def visit_arg(self, node: ast.arg):
        if node.annotation is not None:
            node.annotation = self.annotation(node.annotation)
        return node

    def visit_AnnAssign(self, node: ast.AnnAssign):
        node.target = self.visit(node.target)
        node.annotation = self.annotation(node.annotation)
        if node.value is not None:
            node.value = self.visit(node.value)
        return node

    def annotation(self, node: ast.expr) -> ast.expr:
        """An annotation: typing's names in it become `typing.NAME` (types/infer.py reads them)."""
        saved, self.in_annotation = self.in_annotation, True
        try:
            return self.visit(node)
        finally:
            self.in_annotation = saved

    def typing_name(self, attr: str, node, module: str = "typing") -> ast.expr:
        if not self.in_annotation and not (self.in_bases and attr == "NamedTuple" and module == "typing"):  # frontend/namedtuples.py
            raise self.source.error(node, f"{module}.{attr} is supported only in annotations")
        return ast.copy_location(ast.Name(id="typing." + attr, ctx=ast.Load()), node)

    def typing_member(self, node: ast.expr) -> str | None:
        """The name in typing that node (or node[...]) names: `Generic` for `Generic[T]` or `typing.Generic[T]`."""
        if isinstance(node, ast.Subscript):
            return self.typing_member(node.value)
        if isinstance(node, ast.Name) and not self.is_local(node.id):
            alias = self.aliases.get(node.id)
            return alias[1] if alias is not None and alias[0] == "typing" else None
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            alias = self.aliases.get(node.value.id)
            return node.attr if alias is not None and alias[0] == "typing_module" else None
        return None

    def visit_Assign(self, node: ast.Assign):
        # `T = TypeVar("T")`: a type variable exists only for annotations, which are not evaluated
        if not self.scopes and self.class_scope is None and isinstance(node.value, ast.Call) \
                and self.typing_member(node.value.func) == "TypeVar" \
                and all(isinstance(t, ast.Name) for t in node.targets):
            return ast.copy_location(ast.Pass(), node)
        self.generic_visit(node)
        return node

    def visit_ClassDef(self, node: ast.ClassDef):
        if not self.scopes and self.class_scope is None and any(self.typing_member(b) == "Protocol" for b in node.bases):
            # a Protocol describes, for annotations (not checked), what other classes have: nothing runs it
            return ast.copy_location(ast.Pass(), node)
        node.bases = [b for b in node.bases if self.typing_member(b) != "Generic"]  # `class Stack(Generic[T])`
        self.in_bases = True
        try:
            node.bases = [self.visit(b) for b in node.bases]
        finally:
            self.in_bases = False
        node.decorator_list = [self.visit(d) for d in node.decorator_list]
        if not self.scopes and self.class_scope is None:
            node.name = self.global_name(node.name)
        saved = self.class_scope
        self.class_scope = assigned_names([s for s in node.body if not isinstance(s, ast.FunctionDef)])
        node.body = [self.visit(s) for s in node.body]
        self.class_scope = saved
        return node

    def visit_Global(self, node: ast.Global):
        node.names = [self.global_name(n) for n in node.names]
        return node

    # ------------------------------------------------------------ uses
    def visit_Name(self, node: ast.Name):
        name = node.id
        if self.is_local(name):
            return node
        if name in self.top or (self.module_prefix() and "@" in name and not self.scopes):
            node.id = self.prefix + name
            return node
        alias = self.aliases.get(name)
        if alias is not None:
            if not isinstance(node.ctx, ast.Load):
                raise self.source.error(node, f"assigning to the imported name '{name}' is not supported")
            kind = alias[0]
            if kind == "typing":
                return self.typing_name(alias[1], node, alias[2] if len(alias) > 2 else "typing")
            if kind == "typing_module":
                raise self.source.error(node, "module 'typing' used as a value is not supported")
            if kind in ("c", "py"):
                raise self.source.error(node, f"module '{alias[1]}' used as a value is not supported; use its members ({name}.X)")
            return ast.copy_location(self.member_node(alias, node), node)
        if name == "__name__" and self.module_prefix():
            return ast.copy_location(ast.Constant(self.module_name), node)
        return node

    def member_node(self, alias: tuple, at) -> ast.expr:
        if alias[0] in ("name", "c"):  # a module's own name, or a module the compiler implements
            return ast.copy_location(ast.Name(id=alias[1], ctx=ast.Load()), at)
        if alias[0] == "py":
            raise self.source.error(at, f"module '{alias[1]}' used as a value is not supported; use its members")
        module, attr = alias[1], alias[2]  # a member of a module the compiler implements: module.attr
        if f"{module}.{attr}" in MODULE_MEMBERS:  # an exception class (struct.error): one name, as builtins' are
            return ast.copy_location(ast.Name(id=f"{module}.{attr}", ctx=ast.Load()), at)
        part = self.linker.part_member(module, attr)
        if part is not None:  # written in Python (compiled_modules.PYTHON_PARTS)
            return ast.copy_location(ast.Name(id=part, ctx=ast.Load()), at)
        value: ast.expr = ast.copy_location(ast.Name(id=module.split(".")[0], ctx=ast.Load()), at)
        for part in module.split(".")[1:] + [attr]:
            value = ast.copy_location(ast.Attribute(value=value, attr=part, ctx=ast.Load()), at)
        return value

    def visit_Attribute(self, node: ast.Attribute):
        base = node.value
        if isinstance(base, ast.Name) and not self.is_local(base.id) and base.id not in self.top:
            alias = self.aliases.get(base.id)
            if alias is not None and alias[0] == "typing_module":
                return self.typing_name(node.attr, node)
            if alias is not None and alias[0] in ("c", "py"):
                if not isinstance(node.ctx, ast.Load):
                    raise self.source.error(node, f"assigning to a module's attribute ({base.id}.{node.attr}) is not supported")
                if alias[0] == "c":
                    return self.member_node(("c_member", alias[1], node.attr), node)
                info = self.linker.modules[alias[1]]
                return ast.copy_location(self.member_node(self.linker.member(info, node.attr, node), node), node)
            if alias is not None and alias[0] == "c_member" and isinstance(node.ctx, ast.Load) \
                    and f"{alias[1]}.{alias[2]}" in PYTHON_PARTS:  # path.splitext after `from os import path`
                return self.member_node(("c_member", f"{alias[1]}.{alias[2]}", node.attr), node)
        if isinstance(base, ast.Attribute) and base.attr == "path" and isinstance(base.value, ast.Name) \
                and not self.is_local(base.value.id) and base.value.id not in self.top \
                and self.aliases.get(base.value.id) == ("c", "os") and isinstance(node.ctx, ast.Load):
            return self.member_node(("c_member", "os.path", node.attr), node)  # os.path.splitext
        return self.generic_visit(node)


def used_members(tree: ast.Module) -> set[tuple[str, str]]:
    """The (module, name) pairs a file may reach a module's member by: `os.walk`, `o.walk` after
    `import os as o`, `os.path.splitext`, `from os import walk`, `path.split` after `from os import path`."""
    modules: dict[str, str] = {}  # the names that stand for a module
    out: set[tuple[str, str]] = set()
    attributes: list[ast.Attribute] = []  # read once every import is known (one walk of the tree)
    for n in walk(tree):
        if isinstance(n, ast.Attribute):
            attributes.append(n)
        elif isinstance(n, ast.Import):
            for a in n.names:
                modules[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
        elif isinstance(n, ast.ImportFrom) and n.module:
            for a in n.names:
                out.add((n.module, a.name))
                modules[a.asname or a.name] = f"{n.module}.{a.name}"
    for n in attributes:
        if isinstance(n.value, ast.Name) and n.value.id in modules:
            out.add((modules[n.value.id], n.attr))
        elif isinstance(n.value, ast.Attribute) and isinstance(n.value.value, ast.Name) and n.value.value.id in modules:
            out.add((f"{modules[n.value.value.id]}.{n.value.attr}", n.attr))
    return out


def module_all(tree: ast.Module) -> list[str] | None:
    """The names of a module's `__all__ = [...]` (constant strings), or None."""
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in stmt.targets) \
                and isinstance(stmt.value, (ast.List, ast.Tuple)):
            return [e.value for e in stmt.value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return None


def at_beginning(before: list[ast.stmt]) -> bool:
    """Whether a `from __future__ import` after these statements is where CPython allows it: after
    the docstring and other future imports only."""
    if before and isinstance(before[0], ast.Expr) and isinstance(before[0].value, ast.Constant) \
            and isinstance(before[0].value.value, str):
        before = before[1:]
    return all(isinstance(s, ast.ImportFrom) and s.module == "__future__" for s in before)


@functools.lru_cache(maxsize=None)
def part_names(part: str) -> frozenset[str]:
    """The top-level names of a Python part (pylib/_os.py...: compiled_modules.PYTHON_PARTS)."""
    with open(os.path.join(LIB_DIR, part + ".py"), encoding="utf-8") as f:
        return frozenset(top_level_names(ast.parse(f.read())))


def part_members(module: str) -> frozenset[str]:
    """The public names the Python part of compiled module `module` gives it."""
    part = PYTHON_PARTS.get(module)
    return frozenset(n for n in part_names(part) if not n.startswith("_")) if part else frozenset()


def no_attribute_message(cls: str, attr: str) -> str:
    """The refusal of obj.attr where the object's class has no such attribute: CPython's AttributeError,
    or, for a class of pyzc's Python library whose CPython counterpart has it, that it is left out
    (`pathlib.Path.stat is not supported yet`)."""
    module, sep, own = cls.rpartition(MODULE_SEP)
    if sep and module in library_modules() and "@" not in own:
        try:
            python_class = getattr(importlib.import_module(module), own, None)
        except ImportError:
            python_class = None
        if python_class is not None and hasattr(python_class, attr):
            return f"{module}.{own}.{attr} is not supported yet"
    return f"'{cls.replace(MODULE_SEP, '.')}' object has no attribute '{attr}'"


def python_module_has(name: str, attr: str) -> bool:
    """Whether CPython's standard module `name` has `attr` (a name pyzc's own version leaves out)."""
    try:
        return hasattr(importlib.import_module(name), attr)
    except ImportError:
        return False
