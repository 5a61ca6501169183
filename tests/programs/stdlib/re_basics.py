# The re module: search, match, fullmatch, groups, findall, finditer, sub, subn, split, flags.
import re

LOG = """2026-12-05 error disk full on /dev/sda1
2026-12-05 warn  cpu at 93%
2026-12-06 error fan stopped
"""


def parse(line: str):
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)\s+(?P<level>\w+)\s+(?P<msg>.*)", line)
    if m is None:
        return None
    return m.group("level"), m.group("msg"), int(m.group(3))


for line in LOG.splitlines():
    print(parse(line))
print(parse("no date here"))

m = re.search(r"(a)(b)?(c)", "xxacyy")
if m:
    print(m.group(), m.group(0), m.group(1), m.group(2), m.group(3))
    print(m.groups(), m.groups("?"), m.span(), m.span(3), m.start(2), m.end(2))
    print(m.group(1, 3), m.string, m.pos, m.endpos)
print(re.fullmatch(r"\d+", "123") is not None, re.fullmatch(r"\d+", "123a") is None)
print(re.match("b", "ab") is None, re.search("b", "ab").span())

print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\w)=(\d)", "a=1, b=2, c=x"))
print(re.findall(r"(\w)=\d", "a=1, b=2"))
print(re.findall(r"a*", "baaac"))
print([m.span() for m in re.finditer(r"o", "foo boo")])
print([m.group(1) for m in re.finditer(r"(\w+)@", "ann@x bob@y")])

print(re.sub(r"\s+", " ", "a   b \t\n c"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "ann@x, bob@y"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>|\g<0>>", "hi yo"))
print(re.sub("a", "b", "aaaa", 2), re.sub("a", "b", "aaaa", count=3))
print(re.subn(r"\d", "#", "a1b2c3"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 21 pears"))
print(re.sub("", "-", "abc"))
print(re.sub(r"x*", "-", "abxd"))

print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1))
print(re.split(r"(a)|b", "xaybz"))
print(re.split(r"x*", "axbc"))

p = re.compile(r"(?P<key>[a-z]+)\s*=\s*(?P<value>\d+)", re.IGNORECASE)
print(p.pattern, p.groups, p.flags)
for m in p.finditer("Alpha = 1; beta=22 ;GAMMA= 333"):
    print(m.group("key"), m.group("value"), m.start("value"), m.end("key"), m.span("key"))
print(p.findall("x=1 y = 2"))
print(p.sub(r"\g<value>:\g<key>", "x=1 y = 2"))
print(p.search("  k=5 ", 3) is None, p.search("  k=5 ", 2).group())
print(p.match("k=5", 0, 2) is None)

print(re.findall(r"^\w+", "one two\nthree four", re.M))
print(re.findall(r"a.b", "a\nb acb", re.S), re.findall(r"a.b", "a\nb acb"))
print(re.findall(r"""
    (\d+)   # a number
    \s*
    ([a-z]+)  # a unit
""", "10 kg, 5m", re.X))
print(re.findall(r"(?i)hello", "Hello HELLO hello"))
print(re.search(r"colou?r", "The colour").group())
print(re.escape("1+1=2? (yes) [a-z] \\ ^$"))
print(re.split("a", "babab", -1), re.sub("a", "x", "aaa", -1), re.subn("a", "x", "aaa", -2))
print(re.search(re.compile("a"), "ba", 0), re.compile(p, 0).pattern == p.pattern)
try:
    re.search(p, "a", re.I)
except ValueError as e:
    print("ValueError", e)
