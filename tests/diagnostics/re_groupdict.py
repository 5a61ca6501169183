# expect: 6:11: error: Match.groupdict() is not supported yet
import re

m = re.search("(?P<x>a)", "cat")
if m:
    print(m.groupdict())
