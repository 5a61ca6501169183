# f-string format specs with replacement fields of their own: `f"{name:<{w}}"`, `{x:.{prec}f}`,
# `{s!r:^{w + 4}}`, in a generator expression too.  pyzc refused them ("nested replacement fields
# in format specs are not supported yet").

rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("banana", 7, 10.125)]
w = max(len(r[0]) for r in rows)
for name, n, price in rows:
    print(f"{name:<{w}} | {n:>{w // 2}} | {price:{w}.{2}f} | {name!r:^{w + 4}}|")
prec = 3
print(f"{3.14159:.{prec}f}", f"{42:0{prec + 2}d}", f"{'x':*>{prec}}")
def table(items, width):
    return "\n".join(f"{k:>{width}}={v:<{width}}|" for k, v in items)
print(table([("a", 1), ("bb", 22)], 4))
