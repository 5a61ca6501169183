# io.StringIO over text that is not ASCII: positions in characters, reads by line and by size, seeks.
import io

b = io.StringIO("héllo\nwörld\n\nü")
print(repr(b.read(3)), b.tell(), repr(b.readline()), b.tell(), repr(b.readline(2)), repr(b.read()))
b.seek(2)
b.write("X€")
print(repr(b.getvalue()), b.tell(), repr(b.readline()))
b.seek(30)
b.write("end")
print(repr(b.getvalue()), b.tell(), repr(b.read()))
b.seek(0)
print(b.readlines(8))
print(b.truncate(4), repr(b.getvalue()), b.tell(), repr(b.read()))
b.seek(0, 2)
b.write("ß")
print(repr(b.getvalue()), b.tell())
b.seek(1)
print(repr(b.read(2)), list(io.StringIO("ä\nb\n")))
