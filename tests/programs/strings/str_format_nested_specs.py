# str.format with fields inside a field's spec ("{:>{w}}"): the spec is made when the call runs,
# from arguments found by position (automatic numbering goes on inside the spec), by index or by
# keyword, with conversions on either level; CPython's errors for a bad spec at run time.
w = 7
label = "total"
values = [3.14159, -2.5, 1234.5678]
print("{:>{w}}|{:<{w}}|".format(label, "x", w=w))
print("{:^{}}|{:*^{}}".format("mid", 9, "mid", 11))
print("{0:{1}.{2}f}|{0:<{1}}|{0:{fill}>{1}.1e}".format(values[0] if False else 3.14159, 12, 3, fill="."))
for v in values:
    print("{:{width}.{prec}f} {!r:>{width}}".format(v, v, width=w + 3, prec=2))
table = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("fig", 100, 2.0)]
name_w = max(len(t[0]) for t in table)
for fruit, count, price in table:
    line = "{:<{}} {:>{}} {:>{}.{}f}".format(fruit, name_w, count, 5, price, 8, 2)
    print(line + "|")
sign, align, width = "+", ">", 6
print("{n:{align}{sign}{width}d}|{n:{align}{width}x}".format(n=255, align=align, sign=sign, width=width))
spec = "bad"
try:
    print("{:{}}".format(5, spec))
except ValueError as e:
    print("ValueError:", e)
print("{:{}}".format(label, ""), "{:{}}".format(7, "03d"), "{!s:{}}".format(None, 6) + "|")
