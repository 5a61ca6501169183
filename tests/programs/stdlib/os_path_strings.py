# The os.path functions that work on strings, as posixpath's.
import os
import os.path
from os.path import normpath, splitext

for p in ["a/b.tar.gz", ".bashrc", "a/.hidden", "x.", "a.b/c", "", "/", "..", "a/b/", "...x", "a..b"]:
    print(repr(p), splitext(p), os.path.split(p), os.path.basename(p), os.path.dirname(p))
for p in ["a//b/../c/.", "/../x", "//a//b", "///a", "", ".", "../../x", "a/./b/", "a/../..", "/a/b/../../.."]:
    print(repr(p), repr(normpath(p)))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.isabs(""))
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.abspath("/a/../b"))
print(os.path.expanduser("x/~"), os.path.expanduser("~nobody-pyzc/x"))
home = os.getenv("HOME")
print(home is None or os.path.expanduser("~/x") == home.rstrip("/") + "/x")
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/a/b", "/a/b"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/l"]))
print(os.path.splitdrive("/a/b"), os.path.normcase("A/B"), os.path.lexists("/"), os.path.islink("/"))
print(os.sep, os.path.sep, repr(os.linesep), os.curdir, os.pardir, os.extsep, os.pathsep, os.devnull, os.name)
print(os.path.join("a", "b", "/c", "d"))
