# from os.path import *: the compiler's functions and the Python-written ones alike.
from os.path import *

print(splitext("a/b.c"), exists("/"), normpath("a//./b"), join("x", "y"), isabs("/q"), sep)
