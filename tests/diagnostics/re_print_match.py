# expect: 4:7: error: printing re.Match objects is not supported yet
import re

print(re.search("a", "cat"))
