"""pyzc/frontend/imports.py: the names a module's imports give a library module and its members."""

import ast

from pyzc.frontend.imports import import_names, imports_module, names_of_member

SOURCE = """
import functools as ft, os
import functools
from functools import partial as p, reduce, cache
from .functools import lru_cache
from itertools import *
def f():
    import operator
"""


def test_import_names_follow_aliases_and_skip_relative_and_nested_imports():
    module = ast.parse(SOURCE)
    modules, members = import_names(module, "functools")
    assert modules == {"ft", "functools"}
    assert members == {"p": "partial", "reduce": "reduce", "cache": "cache"}  # not the relative lru_cache
    assert names_of_member(members, "partial", "cache") == {"p", "cache"}
    assert import_names(module, "itertools") == (set(), {})  # a star import names nothing
    assert import_names(module, "operator") == (set(), {})  # only the top level counts


def test_imports_module():
    module = ast.parse(SOURCE)
    assert imports_module(module, "functools") and imports_module(module, "os") and imports_module(module, "itertools")
    assert not imports_module(module, "operator") and not imports_module(module, "abc")
