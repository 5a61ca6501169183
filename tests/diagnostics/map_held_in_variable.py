# expect: 2:8: error: map() is supported only in for loops, comprehensions and unpacking, and as the argument of list(), sorted(), sum(), min(), max(), any(), all(), set(), tuple(), dict() and str.join() for now
lazy = map(str, [1, 2])
print(list(lazy))
