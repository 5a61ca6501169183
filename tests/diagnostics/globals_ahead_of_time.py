# expect: 2:7: error: globals() is not supported: pyzc compiles a program ahead of time (a compiled program keeps no dictionary of its variables)
print(globals()["__name__"])
