"""Frontend: source text -> checked AST + symbols.

`parse.py` reads and parses the file (syntax errors reported like CPython),
`check.py` refuses what pyzc does not support yet with a diagnostic, and
`symbols.py` resolves names: the module's functions, its globals, each
function's locals, and comprehension variables (renamed apart, as Python
scopes them).
"""
