# io.StringIO: writing, reading, lines, seeking, print(file=), json.dump/load, closing.
import io
import json
from io import StringIO

buf = io.StringIO()
buf.write("hello ")
n = buf.write("wörld\n")
print(n, repr(buf.getvalue()), buf.tell())
print("x", 1, 2.5, sep=",", file=buf)
print(repr(buf.getvalue()))
r = StringIO("one\ntwo\n\nthree")
print(repr(r.readline()), repr(r.read(2)), repr(r.readline()))
for line in r:
    print(repr(line))
print(repr(r.read()), repr(r.readline()))
r.seek(0)
print(r.readlines())
r.seek(4)
r.write("TWO")
print(repr(r.getvalue()))
r.seek(20)
r.write("!")
print(repr(r.getvalue()))
print(r.truncate(5), repr(r.getvalue()), r.tell())
with StringIO("a\nb") as s:
    print([x for x in s])
print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print(e)
try:
    StringIO().seek(-1)
except ValueError as e:
    print(e)
out = StringIO()
json.dump({"a": [1, 2]}, out, indent=1)
print(out.getvalue())
src = StringIO('{"k": [true, false]}')
data: dict[str, list[bool]] = json.load(src)
print(data)
lines = StringIO("x\ny\n").readlines()
print(lines, StringIO("abc").read(-1), StringIO("abcdef").readline(3))
