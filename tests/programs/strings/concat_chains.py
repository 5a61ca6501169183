# Chains of str + (three or more operands) are joined in one block, left to right; a chain
# that starts with a name keeps appending in place (s = s + a + b stays linear).


def tag(label, value):
    print("evaluated", label)
    return value


def line(i, fields):
    return str(i) + ";" + ",".join(fields) + ";" + str(i * 7 % 100)


print(line(3, ["a", "bb", "ccc"]))
print(line(0, []))
print(tag("a", "x") + tag("b", "") + tag("c", "yz") + tag("d", "\u00e9\u4e2d"))
print(repr("" + "" + ""), len("é" + "" + "ü" + "😀"))
print(("p" + "q") + ("r" + "s") + "t" + ("u" + "v" + "w"))
words = ["alpha", "beta", "gamma"]
print(words[0].upper() + "-" + words[1][::-1] + "-" + words[2][1:3] * 3)

s = ""
for i in range(20000):
    s = s + "ab" + str(i % 10)
print(len(s), s[:9], s[-6:])

t = "start"
for i in range(5):
    t = "<" + t + ">" + str(i)
print(t)

parts = []
for i in range(3000):
    parts.append(str(i) + ":" + ("even" if i % 2 == 0 else "odd") + ";")
joined = "".join(parts)
print(len(joined), joined[:30], joined[-20:])
u = "x" + str(len(joined)) + "y"
print(u, u.count("y"), hash(u) == hash("x" + str(len(joined)) + "y"))
print({("k" + str(i) + "!"): i for i in range(3)})
