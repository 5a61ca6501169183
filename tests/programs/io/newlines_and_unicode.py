# Reading translates \r\n and \r to \n (universal newlines), keeps UTF-8 text intact, and a last line without \n is still a line.
import os
import sys

path = os.path.join(sys.argv[1], "mixed.txt")
with open(path, "w") as f:
    f.write("dos line\r\nmac line\runix line\n")
    f.write("grüße, 日本語, emoji 🎉\n")
    f.write("\r\n\r\n")
    f.write("last line without newline")
with open(path) as f:
    lines = f.readlines()
for i, line in enumerate(lines):
    print(i, len(line), repr(line))
with open(path) as f:
    text = f.read()
print(len(text), text.count("\n"), "\r" in text)
print(text.splitlines()[3].upper())
f = open(path)
n = 0
while True:
    line = f.readline()
    if not line:
        break
    n += 1
print(n, "lines by readline")
f.close()
