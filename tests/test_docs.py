"""The documentation stays true to the repository: links resolve inside it, and
docs/SUPPORTED.md covers every module `pyzc modules` lists."""

from __future__ import annotations

import os
import re

from conftest import ROOT
from pyzc.frontend.check import SUPPORTED_MODULES
from pyzc.compiled_modules import COMPILED_MODULES
from pyzc.frontend.modules import library_modules

DOCS = ["README.md", "docs/SUPPORTED.md", "docs/DESIGN.md"]
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


def read(rel: str) -> str:
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        return f.read()


def test_links_point_at_files_in_the_repository():
    for rel in DOCS:
        text = read(rel)
        for target in LINK.findall(text):
            if re.match(r"[a-z]+://", target):
                continue
            path = os.path.normpath(os.path.join(ROOT, os.path.dirname(rel), target))
            assert path.startswith(ROOT + os.sep), f"{rel} links outside the repository: {target}"
            assert os.path.exists(path), f"{rel} links to a missing file: {target}"
        assert "../" not in text, f"{rel} refers to a path outside the repository"


def test_readme_links_both_docs():
    text = read("README.md")
    assert "(docs/SUPPORTED.md)" in text and "(docs/DESIGN.md)" in text


def test_supported_lists_every_module():
    text = read("docs/SUPPORTED.md")
    section = text.split("\n## Modules\n", 1)[1].split("\n## ", 1)[0]
    rows = set(re.findall(r"^\| `([a-z_.]+)` \|", section, re.M))
    modules = set(SUPPORTED_MODULES) | set(library_modules()) | {m for m in COMPILED_MODULES if "." in m}  # os.path
    assert modules <= rows, f"modules missing from docs/SUPPORTED.md: {sorted(modules - rows)}"
    assert rows <= modules, f"docs/SUPPORTED.md lists modules pyzc does not provide: {sorted(rows - modules)}"
