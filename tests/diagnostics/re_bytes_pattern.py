# expect: 4:17: error: re with a bytes pattern is not supported yet
import re

print(re.search(b"a", b"cat") is None)
