"""The gc module: collect, disable, enable, isenabled (runtime_c/gc.c, "the gc module").

pyzc's collector frees all garbage, cyclic or not, where CPython's gc module
drives only the cycle collector (reference counting frees the rest).  So:
- collect() runs a full collection and returns 0, which is what CPython returns
  when the program left no unreachable cycles behind; pyzc cannot count what
  CPython's cycle collector would have found (docs/SUPPORTED.md says so);
- disable() and enable() only set the flag isenabled() reports: collection goes
  on, since without it nothing would free memory at all (CPython's refcounting
  still frees memory while its gc is disabled).
"""

from __future__ import annotations

from ..types.model import BOOL, INT, NONE
from .registry import module_function, param

module_function("gc", "collect", [param("generation", INT, 2, keyword=True, what="gc.collect() generation")], INT,
                c="pyz_gc_py_collect", raises=True, raises_what="ValueError: invalid generation")
module_function("gc", "disable", [], NONE, c="pyz_gc_py_disable", raises=False)
module_function("gc", "enable", [], NONE, c="pyz_gc_py_enable", raises=False)
module_function("gc", "isenabled", [], BOOL, c="pyz_gc_py_isenabled", raises=False)
