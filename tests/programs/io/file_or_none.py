# a place holding a file or None: tested, read, closed and set to None
import os, sys
path = os.path.join(sys.argv[1], "opt_file.bin")
with open(path, "wb") as w:
    w.write(b"abcdef")
stream = open(path, "rb")
chunks = []
while True:
    if stream is None:
        break
    data = stream.read(4)
    if not data:
        stream.close()
        stream = None
    else:
        chunks.append(data)
print(chunks, stream)
t = None
if len(chunks) > 1:
    t = open(path)
print(t is None, t.read() if t is not None else "-")
b = open(path, "rb")
if b:  # a file is true (a binary file once made pyzc fail here)
    print("open", bool(b))
b.close()
