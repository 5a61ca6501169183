"""Data flows one way (DESIGN.md): a stage does not import the stages before it, nor the toolchain.

Read from the import statements themselves (ast, every `import` and `from`
anywhere in a module, functions included), so an import that comes back fails
here however it is spelled.
"""

from __future__ import annotations

import ast
import os

import pytest

from conftest import ROOT

# stage -> modules it must not import (a name covers its submodules)
FORBIDDEN = {
    # codegen is handed the runtime table and the templates' folder (driver.py), and the names
    # the program prints for its classes travel on the IR's ClassLayout.
    "pyzc.codegen": ("pyzc.toolchain", "pyzc.frontend", "pyzc.driver", "pyzc.cli"),
    # C names belong to codegen: the IR names a container's functions symbolically (ir/ops.SpecFn) and
    # codegen spells them; what the passes need of the runtime (which functions raise) is pyzc/runtime_raises.py
    "pyzc.ir": ("pyzc.codegen", "pyzc.passes", "pyzc.toolchain", "pyzc.driver", "pyzc.cli"),
    "pyzc.passes": ("pyzc.codegen", "pyzc.toolchain", "pyzc.driver", "pyzc.cli"),
    "pyzc.types": ("pyzc.ir", "pyzc.passes", "pyzc.codegen", "pyzc.toolchain", "pyzc.driver", "pyzc.cli"),
    "pyzc.primitives": ("pyzc.ir", "pyzc.passes", "pyzc.codegen", "pyzc.toolchain", "pyzc.driver", "pyzc.cli"),
    # the front end comes first: nothing after it
    "pyzc.frontend": ("pyzc.types", "pyzc.ir", "pyzc.passes", "pyzc.codegen", "pyzc.toolchain", "pyzc.driver",
                      "pyzc.cli"),
    # the shared tables are leaves
    "pyzc.exceptions": ("pyzc.frontend", "pyzc.types", "pyzc.ir", "pyzc.passes", "pyzc.codegen", "pyzc.toolchain",
                        "pyzc.driver", "pyzc.cli"),
    "pyzc.package_data": ("pyzc.",),
    "pyzc.ast_walk": ("pyzc.",),
    "pyzc.compiled_modules": ("pyzc.",),
    "pyzc.runtime_raises": ("pyzc.frontend", "pyzc.types", "pyzc.ir", "pyzc.passes", "pyzc.codegen",
                            "pyzc.toolchain", "pyzc.driver", "pyzc.cli"),
}


def module_name(path: str) -> str:
    rel = os.path.relpath(path, ROOT)[:-3].replace(os.sep, ".")
    return rel[: -len(".__init__")] if rel.endswith(".__init__") else rel


def imports(path: str, me: str | None = None) -> list[tuple[int, str]]:
    """(line, absolute module) of every import in the file (the module me, by default the one at path);
    `from . import x` counts as `pkg.x`."""
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), path)
    me = me or module_name(path)
    package = me if path.endswith("__init__.py") else me.rpartition(".")[0]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            out.append((node.lineno, mod))
            out += [(node.lineno, f"{mod}.{a.name}") for a in node.names if a.name != "*"]
    return out


def files_of(stage: str) -> list[str]:
    path = os.path.join(ROOT, *stage.split("."))
    if os.path.isdir(path):
        return sorted(os.path.join(d, f) for d, _, fs in os.walk(path) for f in fs if f.endswith(".py"))
    return [path + ".py"]


def covers(forbidden: str, mod: str) -> bool:
    return mod == forbidden or mod.startswith(forbidden if forbidden.endswith(".") else forbidden + ".")


@pytest.mark.parametrize("stage", sorted(FORBIDDEN))
def test_stage_does_not_import_what_comes_before_it(stage):
    found = []
    for path in files_of(stage):
        for line, mod in imports(path):
            if any(covers(f, mod) for f in FORBIDDEN[stage]):
                found.append(f"{os.path.relpath(path, ROOT)}:{line}: imports {mod}")
    assert not found, "\n".join(found)


def test_the_reader_sees_relative_and_nested_imports(tmp_path):
    """The import reader resolves what the rule must catch: relative imports, imports inside functions."""
    src = tmp_path / "probe.py"
    src.write_text("from .. import toolchain\nfrom ..frontend.symbols import bare_name\n"
                   "def f():\n    import pyzc.driver\n    from .naming import x\n")
    mods = [m for _, m in imports(str(src), "pyzc.codegen.probe")]
    assert {"pyzc.toolchain", "pyzc.frontend.symbols", "pyzc.driver", "pyzc.codegen.naming"} <= set(mods)


def run_time_imports(path: str) -> set[str]:
    """The modules a module imports when it runs: imports under `if TYPE_CHECKING:` are for mypy only."""
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), path)
    typing_only = {id(n) for node in ast.walk(tree)
                   if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
                   for stmt in node.body for n in ast.walk(stmt)}
    lines = {node.lineno for node in ast.walk(tree)
             if isinstance(node, (ast.Import, ast.ImportFrom)) and id(node) not in typing_only}
    return {mod for line, mod in imports(path) if line in lines}


STAGES = ("pyzc.frontend", "pyzc.types", "pyzc.primitives", "pyzc.ir", "pyzc.passes", "pyzc.codegen")


@pytest.mark.parametrize("stage", STAGES)
def test_no_import_cycle_inside_a_stage(stage):
    """A mixin that needs its host's data reads it from a module of its own, not from the host's module
    (ir/cursor.py, types/typed_program.py): within a stage, imports form no cycle, even inside functions."""
    paths = {module_name(p): p for p in files_of(stage)}
    graph = {mod: sorted(m for m in run_time_imports(path) if m in paths and m != mod) for mod, path in paths.items()}
    cycles = []
    state: dict[str, int] = {}  # 1: on the path being walked, 2: done

    def walk(mod: str, path: list[str]) -> None:
        state[mod] = 1
        for nxt in graph[mod]:
            if state.get(nxt) == 1:
                cycles.append(" -> ".join(path[path.index(nxt):] + [nxt]))
            elif nxt not in state:
                walk(nxt, path + [nxt])
        state[mod] = 2

    for mod in sorted(graph):
        if mod not in state:
            walk(mod, [mod])
    assert not cycles, "\n".join(cycles)
