"""Where pyzc's package data lives: the C runtime, the Jinja2 templates of the emitted C.

A leaf module (it imports nothing of pyzc), so that any stage may name these
folders without importing the stage that compiles with them (toolchain.py).
"""

from __future__ import annotations

import os

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
RUNTIME_DIR = os.path.join(PACKAGE_DIR, "runtime_c")  # the C runtime: pyz.h and one .c per concern
RUNTIME_HEADER = os.path.join(RUNTIME_DIR, "pyz.h")  # everything generated code may call
TEMPLATES_DIR = os.path.join(PACKAGE_DIR, "templates")  # the Jinja2 templates of the emitted C
