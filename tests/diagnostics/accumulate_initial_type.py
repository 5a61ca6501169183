# expect: 3:53: error: itertools.accumulate() with initial int over float items is not supported yet (give initial the items' type)
import itertools
print(list(itertools.accumulate([1.5, 2.5], initial=0)))
