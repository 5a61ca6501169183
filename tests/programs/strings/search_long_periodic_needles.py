# str.find, index, count, replace, split, `in` and bytes.replace/split with long needles over
# texts of two letters, where most candidate places match far before they fail: pyzc's search
# hands those over to a two-way search (runtime_c/str.c, pyz_two_way).

def text_of(n, seed):
    """n letters, "a" three times in five, from a multiplicative hash of each position."""
    return "".join("a" if (i * 2654435761 + seed) % 4294967291 % 5 < 3 else "b" for i in range(n))


hay = "a" * 3000 + "b" + "a" * 3000
for needle in ["a" * 40 + "ba", "a" * 200 + "b" + "a" * 10, "a" * 3000 + "b" + "a" * 3000, "a" * 3001, "ab" * 20]:
    print(len(needle), hay.find(needle), hay.rfind(needle), hay.count(needle), needle in hay,
          hay.find(needle, 100), hay.find(needle, 0, 3050))

text = text_of(20000, 7)
total = 0
for start in range(0, 19000, 97):
    needle = text[start:start + 9 + start % 40]
    total += text.find(needle) + text.find(needle, start // 2) + text.count(needle)
print(total)

grown = ""
positions = []
pos = 0
for step in range(300):
    end = pos + 1
    found = -1
    while end <= len(text) and end - pos < 60:
        p = text.find(text[pos:end], 0, pos)
        if p < 0:
            break
        found = p
        end += 1
    positions.append((found, end - pos))
    pos += max(1, end - pos)
print(positions[:12], sum(f for f, _ in positions), sum(k for _, k in positions))

periodic = "abaab" * 400
print(periodic.find("abaab" * 30 + "b"), periodic.find("baaba" * 50), periodic.count("abaababaab" * 9))
print(len(periodic.replace("abaab" * 11, "X")), len(periodic.split("abaab" * 13)))
try:
    periodic.index("abaab" * 30 + "b")
except ValueError as e:
    print("ValueError:", e)

data = ("x" * 500 + "y").encode() * 3
print(data.replace(b"x" * 300 + b"y", b"!")[-10:], len(data.split(b"x" * 100 + b"y")))

# searches from the right: rfind, rindex, rsplit, rpartition, rstrip-free cases over the same texts
print(hay.rfind("a" * 40 + "ba"), hay.rfind("b" + "a" * 40), hay.rfind("a" * 41 + "b" + "a" * 41, 0, 3040))
print(periodic.rfind("abaab" * 30 + "b"), periodic.rfind("baaba" * 50), periodic.rfind("abaab" * 20, 5, 900))
rtotal = 0
for start in range(0, 19000, 89):
    needle = text[start:start + 9 + start % 45]
    rtotal += text.rfind(needle) + text.rfind(needle, 0, start + 30) + text.rfind(needle, start // 3)
print(rtotal)
print([len(x) for x in periodic.rsplit("abaab" * 13, 2)], periodic.rpartition("baaba" * 12)[2][:7])
try:
    periodic.rindex("ab" * 40)
except ValueError as e:
    print("ValueError:", e)
