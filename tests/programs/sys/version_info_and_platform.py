# sys.version_info where every CPython 3.11 answers alike; sys.platform and sys.byteorder of Linux.
import sys

if sys.version_info >= (3, 8):
    print("walrus and f-string = are here")
if sys.version_info < (3,):
    print("python 2")
else:
    print("python 3")
print(sys.version_info[:2] >= (3, 0), sys.version_info[0], sys.version_info[1] >= 10)
print(sys.version_info.major, sys.version_info.minor >= 6, (3, 12) > sys.version_info >= (3, 10))
major, minor = sys.version_info[:2]
print(f"{major}.{minor}" in ("3.11", "3.12", "3.13", "3.10"))
print(sys.platform, sys.byteorder, sys.platform.startswith("linux"))
