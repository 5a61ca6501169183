# string: the constants, capwords, and Template with a mapping (its errors included)
import string
from string import Template, capwords

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), repr(string.printable), string.punctuation)
print(string.ascii_lowercase, string.ascii_uppercase)
print(capwords("hello   big world"), capwords("a-b-c d", "-"), capwords(""), capwords("  x  "))
print("c" in string.ascii_letters, sum(1 for ch in "a1b2!" if ch in string.digits))
t = Template("$who likes $what; ${who}s pay $$5")
print(t.substitute({"who": "tim", "what": "kung pao"}))
print(t.safe_substitute({"who": "tim"}))
print(Template("$n items at ${price}").substitute({"n": 3, "price": 4}))
print(t.get_identifiers(), t.is_valid(), Template("bad $").is_valid(), Template("x ${1}").is_valid())
print(Template("a $ b ${c").safe_substitute({"c": "C"}))
print(Template("$x$y").substitute({"x": "1", "y": "2"}), Template("$_a9b").substitute({"_a9b": "ok"}))
try:
    Template("line one\nsome $ here").substitute({"a": "b"})
except ValueError as e:
    print("ValueError:", e)
try:
    Template("$missing").substitute({"a": "b"})
except KeyError as e:
    print("KeyError:", e)
print(t.template)
for text in ["$$", "end $$$x", "${}", "${a b}", "$1x", "${_}", "$a_b-c", "a$", "\n\n  $!", "$\u00e9"]:
    tt = Template(text)
    print(repr(tt.safe_substitute({"x": 1, "_": 2, "a_b": 3})), tt.is_valid(), tt.get_identifiers())
    try:
        print(repr(tt.substitute({"x": 1, "_": 2, "a_b": 3})))
    except ValueError as e:
        print("ValueError:", e)
Template("cost: $").substitute({"a": "b"})
