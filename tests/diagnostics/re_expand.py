# expect: 6:11: error: Match.expand() is not supported yet
import re

m = re.search("(?P<x>a)", "cat")
if m:
    print(m.expand(r"\1"))
