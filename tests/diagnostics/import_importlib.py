# expect: 2:1: error: importlib is not supported: pyzc compiles a program ahead of time (the modules a program uses are linked in when it is compiled; use an import statement)
import importlib

mod = importlib.import_module("math")
print(mod.pi)
