# expect: 6:12: error: this value may be None (it is str | None), and pyzc cannot use a value that may be None here yet: test it with `is None` first
import re
counts = {}
m = re.search(r"(a)|(b)", "b")
if m:
    counts[m.group(2)] = 1
print(counts)
