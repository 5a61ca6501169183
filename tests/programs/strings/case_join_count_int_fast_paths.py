# The runtime's fast paths for ASCII text, each next to the text that takes the long way:
# upper()/lower() eight bytes at a time (every length to 20, the bytes around the letters),
# join with a one-byte separator, count() of one character across 4096-byte blocks, and int()
# of plain digits with a sign and spaces (up to 18 bytes; more, underscores and Unicode digits
# go through the general parser).

edges = "@AZ[`az{ 09~"
for n in range(0, 21):
    s = "".join(edges[(i * 7 + n) % len(edges)] for i in range(n))
    print(n, repr(s.upper()), repr(s.lower()), s.upper() == s, s.lower() == s)
print("é-word".upper(), "ÀB".lower(), "x".upper(), "Q".lower())

words = ["alpha", "", "b", "gamma delta", "é"]
for sep in [",", "", " - ", "é", "\n"]:
    print(repr(sep.join(words)), repr(sep.join(words[:1])), repr(sep.join([])))

text = ("ab\n" * 2000 + "é\nc") * 3
for ch in ["\n", "a", "é", "z", "\nc"]:
    print(repr(ch), text.count(ch), text[:4095].count(ch), text[:4097].count(ch))

for t in ["42", "-42", "+7", "  13  ", "\t-99\n", "999999999999999999", "-99999999999999999",
          "1234567890123456789", "  +000000000000000012", "1_000", "٣", "0", "-0"]:
    print(repr(t), int(t))
for bad in ["", " ", "-", "+", "- 1", "1 2", "12a", "--1"]:
    try:
        print(int(bad))
    except ValueError as e:
        print(e)
