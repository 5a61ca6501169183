# Unpacking a str into names gives its characters (code points); CPython checks the length first.
def only(s):
    d, = s
    return d


a, b, c = "xyz"
print(a, b, c, only("é"), only("7"))
for first, second in ["ab", "çd", "12"]:
    print(second + first)
pairs = {"k1": "ab", "k2": "cd"}
for key, (x, y) in pairs.items():
    print(key, y, x)
for s in ("", "abc"):
    try:
        print(only(s))
    except ValueError as e:
        print("ValueError:", e)
p, q = "🙂x"
print(q, p, len(p))
x, y = "abc"
