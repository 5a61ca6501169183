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
