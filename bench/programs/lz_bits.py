# An LZ77-style coder over a text of bits: the longest earlier match of each prefix is found
# with str.find (needles that grow over a two-letter alphabet), then the codes are packed
# into one growing int used as a bit buffer and read back.


def make_bits(n, seed):
    state = seed
    out = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        # runs and repeats, so that matches grow long
        out.append("1" if (state >> 16) % 7 < 2 else "0")
        if state % 13 == 0 and len(out) > 40:
            k = (state >> 8) % 32
            out.extend(out[-40:-40 + k] if k else [])
    return "".join(out)


def encode(text):
    codes = []
    pos = 1
    while pos < len(text):
        end = pos + 1
        found = -1
        while end <= len(text):
            p = text.find(text[pos:end], 0, pos)
            if p < 0:
                break
            found = p
            end += 1
        length = end - 1 - pos
        codes.append((found, length))
        pos += length + 1
    return codes


def pack(codes):
    buf = 0
    bits = 0
    for p, length in codes:
        buf = (buf << 16) | (p & 0xFFFF)
        buf = (buf << 8) | length
        bits += 24
    return buf, bits


def unpack(buf, bits):
    out = []
    while bits > 0:
        bits -= 24
        out.append(((buf >> (bits + 8)) & 0xFFFF, (buf >> bits) & 0xFF))
    return out


def main():
    text = make_bits(12_000, 2024)
    codes = encode(text)
    buf, bits = pack(codes)
    back = unpack(buf, bits)
    print("bits:", len(text), "codes:", len(codes), "longest:", max(n for _, n in codes))
    print("packed bits:", bits, "checksum:", buf % 1_000_000_007)
    print("round trip:", [(p if p >= 0 else 0xFFFF, n) for p, n in codes] == back)


main()
