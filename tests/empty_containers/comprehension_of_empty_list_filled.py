xs = []
ys = [x for x in xs]
ys.append("a")
print(ys, xs)
