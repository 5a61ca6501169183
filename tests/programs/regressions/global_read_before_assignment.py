# A global read (by a function called early) before the module assigns it: CPython raises
# NameError: name 's' is not defined; pyzc prints ABC (propagate_module_constants reads the
# constant assigned later).  Found while checking docs/SUPPORTED.md.
def f():
    print(s.upper())
f()
s = "abc"
