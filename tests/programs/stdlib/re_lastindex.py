# Match.lastindex (None or the group that closed last) and lastgroup.
import re

for s in ["ab", "a", "b", "xb"]:
    m = re.match(r"(a)(?P<B>b)?|x(b)", s)
    if m:
        print(s, m.lastindex, m.lastgroup, m.lastindex is None)
m = re.match("(a)(b)", "ab")
if m:
    print(m.lastindex + 1 if m.lastindex is not None else 0)
n = re.match("((a)b)", "ab")
if n:
    print(n.lastindex)
