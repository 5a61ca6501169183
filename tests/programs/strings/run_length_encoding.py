# Run-length encoding and decoding of strings.
def encode(s):
    if len(s) == 0:
        return ""
    out = ""
    prev = s[0]
    run = 1
    for ch in s[1:]:
        if ch == prev:
            run += 1
        else:
            out += str(run) + prev
            prev = ch
            run = 1
    out += str(run) + prev
    return out


def decode(s):
    out = ""
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out += ch * int(num)
            num = ""
    return out


samples = ["aaabccdddd", "abc", "", "zzzzzzzzzzzz", "aabbaa", "x", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"]
for s in samples:
    e = encode(s)
    d = decode(e)
    print("[" + s + "]", "->", "[" + e + "]", "ok" if d == s else "MISMATCH")
    if len(s) > 0:
        ratio = len(e) / len(s)
        print(f"   ratio {ratio:.3f}")
print(decode("3a2b1c10d"))
print(len(decode("12x")), decode("2a1b") == "aab")
