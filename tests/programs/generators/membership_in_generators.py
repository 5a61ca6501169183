def g():
    yield (1, 2)
    print("after first")
    yield (3, 4)
    print("after second")


print((1, 2) in g(), (5, 5) not in g(), 3 in (x for x in range(5)), 9 in (x for x in range(5)))
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
move = None
for attempt in range(3):
    print(move in g(), move not in g())
    move = (3, 4) if attempt == 0 else (9, 9)
words = map(lambda w: w.upper(), ["a", "b"])
print("B" in words)
