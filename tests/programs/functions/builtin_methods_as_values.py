stack = []
push = stack.append
push(3)
push(4)
words = "a b c".split()
j = "-".join
add = {1, 2}.add
seen = set()
mark = seen.add
for w in words:
    mark(w)
print(stack, j(words), sorted(seen))
handlers = {"push": stack.append, "remove": stack.remove}
handlers["push"](9)
handlers["remove"](3)
print(stack, push.__name__)
counts = {}
counts["x"] = 2
