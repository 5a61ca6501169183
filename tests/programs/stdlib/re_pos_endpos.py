# Pattern.findall and finditer with pos and endpos: ^ only at the true start, $ at endpos.
import re

p = re.compile(r"\w+")
q = re.compile(r"^\w|\w$")
print(p.findall("ab cd ef", 1), p.findall("ab cd ef", 2, 5), p.findall("ab cd ef", endpos=4), p.findall("ab", 5))
print(q.findall("ab cd ef", 1, 7), [m.span() for m in q.finditer("ab cd ef", 3, 5)])
for m in p.finditer("ab cd ef", 3):
    print(m.group(), m.pos, m.endpos, m.span())
