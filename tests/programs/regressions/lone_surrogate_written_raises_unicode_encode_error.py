# A lone surrogate cannot be written as UTF-8: CPython raises UnicodeEncodeError for a file
# (errors='strict'), for stdout unless it is a surrogateescape'd byte (U+DC80..U+DCFF under the
# C or C.UTF-8 locale, which the tests run under), and writes \udXXX to stderr.  Nothing of the
# failing write reaches the file; what print wrote before it stays.
import os
import sys

path = os.path.join(sys.argv[1], "out.txt")
f = open(path, "w")
f.write("ok\n")
try:
    f.write("x\ud800y")
except UnicodeEncodeError as e:
    print("file:", e)
try:
    f.write("ab\udcff\udc80c")
except UnicodeEncodeError as e:
    print("file escape:", e)
f.write("end\n")
f.close()
print(repr(open(path).read()))

try:
    print("a", "x\ud800y", "b")
except UnicodeEncodeError as e:
    print("stdout:", e)
try:
    sys.stdout.write("\udcff\ud800\udfff")
except UnicodeEncodeError as e:
    print("stdout run:", e)
try:
    print("x\ud83d\ude00y")
except UnicodeEncodeError as e:
    print("pair:", e)
try:
    print("é\ud800\udcffz")
except UnicodeEncodeError as e:
    print("run with escape:", e)
print("escaped bytes:", "\udcc3\udca9")
print("to stderr \ud800", file=sys.stderr)
s = chr(0xD800) + "tail"
print(len(s), s[1:], repr(s))
print("\ud800 at the end")
