# re over non-ASCII text: code-point positions, Unicode \w \d \s, IGNORECASE, the ASCII flag.
import re

s = "naïve café — ünïcode ΣΊΣΥΦΟΣ 42٣"
print(re.findall(r"\w+", s))
print(re.findall(r"\w+", s, re.ASCII))
print(re.findall(r"\d", s), re.findall(r"\d", s, re.A))
m = re.search(r"caf(é)", s)
if m:
    print(m.span(), m.span(1), m.group(1))
print(re.findall(r"σ\w*", s, re.I))
print(re.findall(r"[α-ω]+", s, re.I))
print(re.sub(r"\s+", "_", "a\u00a0b\u2003c d"))
print(re.split(r"—", s))
print(re.findall("ǅ", "ǄǅǆDž", re.I))
print(re.findall("k", "Kk\u212a", re.I), re.findall("s", "Ssſ", re.I))
print(re.findall(r"(?i)ÉTÉ", "été Été"))
print(re.search(r".$", "ñ\n").group(), len(re.findall(".", "日本語")))
print(re.sub("語", "go", "日本語です"))
print(re.findall("[^ſ]", "Ssſx", re.I), re.findall("[ſ]", "Ssſx", re.I), re.findall("[^\u212a]", "Kkx", re.I))
print(re.findall("[^σ]+", "ΣσςΑ", re.I), re.findall("(?i)[ǅ]", "ǄǅǆD"))
