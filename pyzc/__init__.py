"""pyzc: an ahead-of-time compiler from statically typeable Python to native executables.

The pipeline (DESIGN.md) is listed in one place, `driver.py`:
source -> frontend (parse, check, resolve) -> types (inference) -> ir (lowering)
-> passes -> codegen (C through templates/) -> toolchain (zig cc) -> binary.
"""

__version__ = "0.1.0"
