# String indexing (including negative) and slicing with steps.
s = "Hello, World!"
print(len(s), s[0], s[4], s[-1], s[-6])
print(s[0:5], s[7:], s[:5], s[-6:], s[:-1])
print(s[::2], s[1::2], s[::-1], s[::-2])
print(s[2:10:3], s[10:2:-1], s[10:2:-3])
print("[" + s[5:5] + "]", "[" + s[20:] + "]", s[-100:3])
alphabet = "abcdefghijklmnopqrstuvwxyz"
print(alphabet[::5])
print(alphabet[-3:], alphabet[:3], alphabet[12:14])
for step in range(1, 6):
    print(step, alphabet[::step])
for step in [-1, -4, -7]:
    print(step, alphabet[::step])
word = "racecar"
print(word, word[::-1], word == word[::-1])
for i in range(len(word)):
    print(i, word[i], word[-1 - i], word[:i], word[i:])
number = "9876543210"
groups = []
i = len(number)
while i > 0:
    start = i - 3
    if start < 0:
        start = 0
    groups.append(number[start:i])
    i -= 3
print(groups)
rev_groups = []
for g in reversed(groups):
    rev_groups.append(g)
print(",".join(rev_groups))
ext_file = "report.final.pdf"
dot = ext_file.find(".")
print(ext_file[:dot], ext_file[dot + 1:], ext_file[-3:])
