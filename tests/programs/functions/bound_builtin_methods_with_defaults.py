# Builtin methods with an optional trailing parameter read as values (`pop = xs.pop`): the function
# takes the parameter with a default CPython treats as leaving it out (types/functions.py BOUND_DEFAULTS).

perm = list(range(6))
rotate_in = perm.insert
take = perm.pop
for r in range(1, 5):
    rotate_in(r, take(0))  # moves the first item to position r
    print(perm)

stack = [1, 2, 3]
pop = stack.pop
print(pop(), pop(0), stack)

table = {"a": 1, "b": 2}
lookup = table.get
print([lookup(k) for k in "abc"], lookup("z", 0))

empty = []
pop_empty = empty.pop
try:
    pop_empty()
except IndexError as e:
    print("IndexError:", e)
try:
    pop(5)
except IndexError as e:
    print("IndexError:", e)

# str methods whose None default means "whitespace" (split, rsplit, strip, lstrip, rstrip), and
# replace's count: given or left out, by position or (split's) by name, through a list and a call.
line = " a b  c "
split = line.split
print(split(), split(None, 1), split(" "), split(sep=" ", maxsplit=2), split(maxsplit=1))
rsplit = "k=v=w".rsplit
print(rsplit("="), rsplit("=", 1), rsplit(maxsplit=0))
strips = [line.strip, line.lstrip, line.rstrip]
print([repr(f()) for f in strips], [repr(f(" a")) for f in strips])
swap = "a-b-a".replace
print(swap("a", "x"), swap("a", "x", 1), swap("-", "", 0))
rows = []
for text in ["1,2", "3,,4"]:
    cut = text.split
    rows.append(cut(","))
print(rows)


def apply(f):
    return f()


print(apply("  x y ".split), apply("..x..".strip))
try:
    split("")
except ValueError as e:
    print("ValueError:", e)
