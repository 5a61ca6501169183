# An uncaught FileNotFoundError: the traceback ends with CPython's "[Errno 2] No such file or directory: 'missing-config.ini'".
def load(path):
    with open(path) as f:
        return f.read()


print("loading")
print(load("missing-config.ini"))
