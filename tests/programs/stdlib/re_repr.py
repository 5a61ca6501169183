# Printing matches and patterns: CPython's reprs (a match's text cut to 50 characters, the flags by name).
import re

print(re.search("a", "cat"), re.match("x", "cat"))
print([re.match(r"\w+", "héllo wörld" * 10)])
print(re.compile("a\\d"), re.compile("x", re.I | re.M), re.compile("(?s)y"), re.compile("z", re.A))
m = re.search("b+", "abbbc")
print(str(m), repr(m))
print(f"{m}")
