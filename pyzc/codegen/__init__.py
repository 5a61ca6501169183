"""Codegen: IR -> C text, rendered through the Jinja2 templates in templates/.

`naming.py` holds every C name scheme, `ctypes.py` maps types to C,
`prims.py` spells the primitive ops, `runtime_table.py` reads the runtime's
function table from runtime_c/pyz.h, and `emit.py` walks the IR and renders
the module.

Codegen needs nothing of the toolchain or the front end: the driver hands it
the runtime table (read through zig's preprocessor) and the templates' folder,
and the names a program prints for its classes travel on the IR's ClassLayout
(tests/test_layering.py keeps it so).
"""
