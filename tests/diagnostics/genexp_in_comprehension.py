# expect: 2:9: error: a generator expression inside a comprehension or a lambda is supported only as the argument of sum, min, max, any, all, sorted, list and str.join for now
gens = [(x * y for y in range(3)) for x in range(3)]
print([list(g) for g in gens])
