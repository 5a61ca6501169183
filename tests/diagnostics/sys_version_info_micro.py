# expect: 4:7: error: sys.version_info is supported compared with a tuple of at most two ints (sys.version_info >= (3, 8)), as [0], [1] or [:2], and as .major and .minor: pyzc compiles CPython 3.11's language, whatever its micro version
import sys

print(sys.version_info >= (3, 11, 2))
