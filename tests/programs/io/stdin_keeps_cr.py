import csv
import sys

# CPython reads stdin with newline="\n" on POSIX: a "\r" stays in the line
first = sys.stdin.readline()
print(repr(first))
print(repr(input()))
for line in sys.stdin:
    print(repr(line))
print(list(csv.reader(["a,\"b\r\nc\"\r\n"])))
