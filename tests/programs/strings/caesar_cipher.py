# Caesar and ROT13 ciphers using ord and chr.
def shift_char(ch, k):
    if "a" <= ch <= "z":
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    if "A" <= ch <= "Z":
        return chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
    return ch


def caesar(text, k):
    out = ""
    for ch in text:
        out += shift_char(ch, k)
    return out


def letter_histogram(text):
    counts = [0] * 26
    for ch in text.lower():
        if ch.isalpha():
            counts[ord(ch) - 97] += 1
    return counts


message = "Attack at Dawn! Meet at the old Bridge, 7pm."
for k in [1, 3, 13, 25, -3]:
    enc = caesar(message, k)
    dec = caesar(enc, -k)
    print(k, enc)
    print(k, dec, dec == message)
rot = caesar("Hello, World", 13)
print(rot, caesar(rot, 13))
hist = letter_histogram(message)
for i in range(26):
    if hist[i] > 1:
        print(chr(i + 97), hist[i], "#" * hist[i])
best = 0
for i in range(26):
    if hist[i] > hist[best]:
        best = i
print("most common letter:", chr(best + 97))
codes = []
for ch in "AZaz09 }":
    codes.append(ord(ch))
print(codes)
print("".join(chr(c + 1) for c in codes))
