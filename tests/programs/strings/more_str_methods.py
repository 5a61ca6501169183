# swapcase/casefold/expandtabs/splitlines(keepends), predicates, keyword arguments, non-ASCII case mappings.
print(repr("a\tbc\td\n\tx".expandtabs()), repr("a\tb".expandtabs(4)), repr("a\tb".expandtabs(tabsize=2)))
print(repr("\t".expandtabs(0)), repr("ab\r\tc".expandtabs(3)), repr("日本\tx".expandtabs(4)))
print("a\nb\r\nc\rd".splitlines(True), "x\n\ny\n".splitlines(keepends=True), "x\ny".splitlines(False))
print("one\x0btwo\x1cthree\u2028four".splitlines(), "end\n".splitlines(True))
print("a,b,,c".split(",", maxsplit=1), "a b  c".split(maxsplit=1), "a b c".rsplit(sep=" ", maxsplit=1))
print("a b c".split(None, 1), " a  b ".rsplit(None, 1), "a-b-c".split(sep="-"))
print("Hello World".swapcase(), "Straße".casefold(), "ΣΑΣ".casefold(), "ǅ".swapcase())
print("١٢٣".isdecimal(), "½".isnumeric(), "½".isdecimal(), "²".isdigit(), "²".isdecimal(), "Ⅻ".isnumeric())
print("Hello World".istitle(), "hello".istitle(), "ǅungla".istitle(), "HeLLo".istitle(), "A1 B2".istitle(), "".istitle())
print("_x1".isidentifier(), "1x".isidentifier(), "日本".isidentifier(), "a-b".isidentifier(), "".isidentifier())
print("abc".isascii(), "é".isascii(), "".isascii(), "a\tb".isprintable(), "日本".isprintable(), "".isprintable())
words = ["héllo", "ΣΊΣΥΦΟΣ", "straße", "ǆungla", "İstanbul", "ﬁre", "日本語", "١٢٣", "ΌΣΟΣ σ", "a_b1", "ÿ", "ᾳ", "ŉ",
         "ΑΣ\u0301b", "AΣ", "Σ", "Ⓐⓑ", "ꭰꭱ"]
for w in words:
    print(w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), len(w.upper()), len(w.lower()))
    print(" ", w.isalpha(), w.isalnum(), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isupper(), w.islower(), w.istitle(),
          w.isidentifier(), w.isspace())
