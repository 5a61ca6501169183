# A bit buffer held in one growing int (a JPEG decoder's `buf = (buf << 8) | byte`, then
# `(buf >> bits) & mask`), and &, |, ^ of big ints of every sign and length mix.


def read_bits(data):
    buf = 0
    bits = 0
    out = []
    for i, byte in enumerate(data):
        buf = int(buf << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((buf >> bits) & 31)
    return buf, out


data = [(i * 37 + 11) % 256 for i in range(3000)]
buf, out = read_bits(data)
print(buf.bit_length(), sum(out), out[:10], out[-10:], buf % 1000003)

values = [0, 1, 255, 2**31 - 1, 2**32, 2**64 + 3, 2**100 - 1, 3**80, -1, -256, -(2**64), -(3**70) + 5]
for a in values:
    row = []
    for b in values:
        row.append(((a & b) % 997, (a | b) % 997, (a ^ b) % 997))
    print(a.bit_length(), row)
big = 7**400
print((big & (2**64 - 1)), (big | 1) - big, (big ^ big), (big & 0), (big | 0) == big, (big ^ -1) == ~big)
print((big >> 1000) & 1023, (big >> 7) & (2**200 - 1) == (big // 128) % 2**200)
