# ascii(x): repr(x) with each code point past ASCII escaped (\xhh, \uhhhh, \Uhhhhhhhh), as CPython's.
print(ascii("héllo wörld"), ascii("日本"), ascii("\U0001f600 x"), ascii("plain"), ascii("a'b\"c\n"))
print(ascii(["é", "1"]), ascii(("ü", None)), ascii({"ключ": 2.5}), ascii(3), ascii(b"\xff"))
s = ascii("ÿĀ")
print(s, len(s))
