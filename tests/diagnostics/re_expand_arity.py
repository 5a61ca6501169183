# expect: 6:11: error: expand() takes at most 1 argument (2 given)
import re

m = re.search("(a)", "cat")
if m:
    print(m.expand(r"\1", r"\1"))
