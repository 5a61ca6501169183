# next() of a text file (here stdin): its next line, then StopIteration or the default.
import sys

header = next(sys.stdin).split()
print(header)
count = int(header[1])
rows = []
for _ in range(count):
    rows.append([int(v) for v in next(sys.stdin).split()])
print(rows)
for line in sys.stdin:
    print("rest:", line.rstrip())
print(next(sys.stdin, "no more"))
try:
    next(sys.stdin)
except StopIteration:
    print("StopIteration")
