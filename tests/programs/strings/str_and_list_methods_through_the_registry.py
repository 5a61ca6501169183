# Every form of the registered str and list methods: keywords moved to their positions, None for a
# default, one- and three-argument forms, bools passed for ints, and the runtime errors they raise.
s = "a,b,,c"
print(s.split(",", maxsplit=1), s.rsplit(sep=",", maxsplit=1), s.split(maxsplit=0), s.split(None, 1))
print("x\ny\n".splitlines(keepends=True), "x\ny".splitlines(), "x\ny".splitlines(False), "a\tb".expandtabs(tabsize=4))
print(s.find(",", None, None), s.count(",", 2), s.rindex(","), s.rindex(",", 0, 3), s.index(",", True))
print(s.startswith(("q", "a,")), s.endswith("c", 0, None), s.startswith("b", 2), s.rfind(",", 0, -2))
print(s.strip(None), s.center(9, "*"), s.ljust(8), s.rjust(True), s.zfill(8), s.partition(","), s.rpartition(","))
print(s.replace(",", ";"), s.replace(",", ";", 1), s.replace(",", ";", False), s.removeprefix("a,"), s.title())
print("-".join(["x", "y"]), "-".join(c for c in "xyz"), "".join("abc"))
xs = [3, 1, 2]
print(xs.pop(), xs.pop(False), xs.copy(), xs.count(1), xs.index(1))
xs.extend([5, 4])
xs.insert(True, 9)
xs.sort(reverse=True)
print(xs)
xs.reverse()
xs.remove(9)
print(xs)
xs.clear()
print(xs, len(xs))
for bad in ("", ","):
    try:
        print("abc".split(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    print("abc".center(5, "xy"))
except TypeError as e:
    print("TypeError:", e)
try:
    print("abc".rindex("z"))
except ValueError as e:
    print("ValueError:", e)
try:
    xs.pop()
except IndexError as e:
    print("IndexError:", e)
