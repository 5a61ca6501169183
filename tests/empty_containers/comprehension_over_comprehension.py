xs = [1, 2, 3]
print([x for x in [x for x in xs]])
print([x for x in [str(x) for x in xs]])
