# raise OSError(errno, strerror[, filename[, winerror[, filename2]]]) made by the program: CPython
# picks the subclass from the errno (2 makes a FileNotFoundError), str(e) is "[Errno 2] strerror:
# 'filename'", e.args keeps errno and strerror only once there is a filename, and the attributes
# are the arguments
def attempt(n):
    try:
        if n == 0:
            raise OSError(2, "No such file or directory")
        if n == 1:
            raise OSError(2, "No such file or directory", "data.txt")
        if n == 2:
            raise OSError(13, "Permission denied", "/etc/shadow")
        if n == 3:
            raise OSError(17, "File exists", "a", None, "b")
        if n == 4:
            raise OSError(99, "odd", "x")
        if n == 5:
            raise FileNotFoundError(1, "not found", "y")
        if n == 6:
            raise OSError(0, "zero")
        if n == 7:
            raise PermissionError(n - 5, "denied")
        if n == 8:
            raise OSError(21, "Is a directory", "dir", None)
        if n == 9:
            raise ChildProcessError(n + 1, "No child processes")
        if n == 10:
            raise OSError(2, "x", None)
        if n == 11:
            raise OSError(11, "Resource temporarily unavailable", 5)
        if n == 12:
            raise IOError(32, "Broken pipe", "it's \"quoted\"\n")
        raise OSError(20, "Not a directory", "f", None, None)
    except FileNotFoundError as e:
        print("FileNotFoundError", e, e.args, e.errno, e.strerror, e.filename, e.filename2)
    except PermissionError as e:
        print("PermissionError", e, e.args, e.errno, e.strerror, e.filename)
    except OSError as e:
        print(type(e).__name__, str(e), repr(e), e.args, isinstance(e, OSError), e.errno, e.strerror,
              repr(e.filename), e.filename2)


for n in range(14):
    attempt(n)
try:
    raise OSError("plain message")
except OSError as e:
    print(type(e).__name__, e, e.args, e.errno)
try:
    raise OSError(2, "Uncaught", "gone.txt")
finally:
    print("finally")
