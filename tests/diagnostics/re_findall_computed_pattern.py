# expect: 5:7: error: re.findall() of a pattern that is not a constant is not supported yet (its result's type depends on the pattern's groups)
import re

p = input()
print(re.findall(p, "abc"))
