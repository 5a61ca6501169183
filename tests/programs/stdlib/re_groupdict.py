# Match.groupdict(): the named groups in order, None (or the default) for those that did not take part.
import re

m = re.match(r"(?P<a>x)(?P<b>y)?(z)(?P<c>\d*)", "xz12")
if m:
    print(m.groupdict(), m.groupdict("-"))
    d = m.groupdict()
    print(sorted(d), d["a"], d["b"] is None)
n = re.match("(a)", "a")
if n:
    print(n.groupdict())
