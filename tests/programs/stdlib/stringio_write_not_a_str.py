# StringIO.write of something that is not a str: CPython's TypeError (the last one uncaught).
import io
buf = io.StringIO()
buf.write("ok")
try:
    buf.write(5)
except TypeError as e:
    print(e)
print(buf.getvalue())
buf.write(b"x")
