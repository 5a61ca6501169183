# expect: 3:7: error: list expected at most 1 argument, got 2
xs = [1, 2]
print(list(xs, xs))
