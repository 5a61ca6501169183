# (x := value): in if and while tests (narrowing what it stores: `(m := re.match(...)) is not None`),
# in expressions, in functions and at module level; the name keeps the last value after the statement.
import re
data = ["a=1", "junk", "b=22"]
found = {}
for line in data:
    if (m := re.match(r"(\w+)=(\d+)", line)) is not None:
        found[m.group(1)] = int(m.group(2))
    if d := re.search(r"\d+", line):
        print("digits", d.group(0))
print(found)
items = [5, 3, 8]
while (n := len(items)) > 1:
    items.pop()
    print("n was", n)
if (total := sum(found.values())) > 10:
    print("big", total)
print(total, n)
def first_long(words):
    for w in words:
        if (k := len(w)) > 3:
            return w, k
    return None
print(first_long(["ab", "abcd"]), first_long([]))
x = 0
print((y := x + 5) * 2, y)
import io
f = io.StringIO("first\nsecond\nthird\n")
count = 0
while (line := f.readline()):
    count += 1
    print(count, line.strip())
print(count, repr(line))
