# Boolean values, logical operators and truthiness in conditions.
t = True
f = False
print(t, f)
print(t and f, t or f, not t, not f)
print(t and t, f or f)
print(t == t, f == t, t != f)
print(str(t), str(f))

name = ""
fallback = name or "anonymous"
print("name:", fallback)
name2 = "alice"
print("name2:", name2 or "anonymous")
count = 0
print("count or 10:", count or 10)
print("5 and 7:", 5 and 7)
print("0 and 7:", 0 and 7)
print("'x' and 'y':", "x" and "y")

values = [0, 1, -1, 42]
for v in values:
    if v:
        print(v, "is truthy")
    else:
        print(v, "is falsy")

words = ["", "a", "hello"]
for w in words:
    if not w:
        print("empty word")
    elif len(w) > 1 and w[0] == "h":
        print("starts with h:", w)
    else:
        print("other:", w)

items = [3, 8, 12, 15, 20]
for x in items:
    big = x > 10
    even = x % 2 == 0
    print(x, "big:", big, "even:", even, "both:", big and even, "either:", big or even)

flags = [True, False, True]
print(flags)
print(flags[0] and flags[2], flags[1] or flags[2])
