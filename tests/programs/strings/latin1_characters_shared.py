# One-character strs of U+0080..U+00FF: chr(), s[i] of Latin-1 text and `b'%c' % n` give them without
# making a str each (runtime_c/str.c: latin1_chars); they must behave as any other str.
text = "".join(chr(c) for c in range(0x7E, 0x102))
print(len(text), repr(text[:6]).encode(), text[-6:].encode())
counts = {}
for ch in text + text[::-1]:
    counts[ch] = counts.get(ch, 0) + 1
print(len(counts), counts[chr(0xE9)], counts["\u00ff"], counts["\u0100"])
same = [text[i] == chr(0x7E + i) and ord(text[i]) == 0x7E + i and text[i] is not None for i in range(len(text))]
print(all(same), sorted(set(text))[126:130] == [chr(c) for c in range(0xFC, 0x100)])
word = ""
for ch in "na\u00efve caf\u00e9 \u00fcber \u00c5ngstr\u00f6m":
    word += ch.upper() if ch in "\u00ef\u00e9\u00fc" else ch
print(word, word.lower(), len(word.encode()))
pixels = b"".join(b"%c%c%c" % (v, 255 - v, v // 2) for v in range(0, 256, 17))
print(len(pixels), pixels[:9], pixels[-3:])
try:
    print(b"%c" % 256)
except OverflowError as e:
    print("OverflowError:", e)
print(hash(chr(0xE9)) == hash("\u00e9"), chr(0xE9) + chr(0x80) == "\u00e9\u0080", repr(chr(0xA0)), chr(0xAD).isprintable())
