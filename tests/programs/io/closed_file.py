# A file closed by its with block: .closed is True, reading it raises ValueError: I/O operation on closed file.
with open("tests/programs/io/data/server.log") as f:
    first = f.readline()
print(first[:10], f.closed)
print(f.read())
