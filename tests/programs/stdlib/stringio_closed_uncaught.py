# Writing to a closed StringIO: CPython's ValueError, uncaught.
import io

buf = io.StringIO()
print("report", file=buf)
print(type(buf).__name__, repr(buf.getvalue()))
buf.close()
print(buf.closed)
buf.write("late")
