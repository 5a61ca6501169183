# expect: 3:6: error: storing range/iterator objects in variables is not supported yet; use list(...) or iterate directly
import itertools
it = itertools.count(1)
print(it)
