# expect: 2:5: error: generator expressions are supported only as the argument of sum, min, max, any, all, sorted, list and str.join for now
g = (x for x in range(3))
