# expect: 3:1: error: pop expected at most 1 argument, got 2
xs = [1, 2, 3]
xs.pop(0, 1)
