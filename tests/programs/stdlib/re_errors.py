# re.error with CPython's messages, the group errors of match objects, and a bad pattern uncaught.
import re

BAD = ["(", "a)", "*a", "a**", "[a", "a{3,1}", "\\q", "(?P<1>a)", "(?P<n>a)(?P<n>b)", "(?<=a+)b",
       "(?z)", "a\\", "(?P=x)", "\\2(a)", "[z-a]", "(?<x)", "(?i", "ab(?i)c", "(a)(?(2)b)", "x{2}{3}",
       "a\n(", "(?#abc", "\\x4", "\\u12", "[\\A]", "(?-i)", "(?i-i:a)", "(?P<a-b>x)", "(?Px)"]
for p in BAD:
    try:
        re.compile(p)
        print("compiled", repr(p))
    except re.error as e:
        print(repr(p), "->", e)

m = re.match(r"(a)(?P<b>b)?", "a")
if m:
    print(m.group(2), m.group("b"), m.groups())
    try:
        m.group(3)
    except IndexError as e:
        print("IndexError", e)
    try:
        print(m.group("zz"))
    except IndexError as e:
        print("IndexError", e)
    try:
        print(m.start(5))
    except IndexError as e:
        print("IndexError", e)
for t in [r"\3", r"\g<zz>", r"\g<1", r"\q", "\\"]:
    try:
        print(re.sub("(a)", t, "a"))
    except re.error as e:
        print("re.error", e)
    except IndexError as e:
        print("IndexError", e)
re.compile("a(b")
