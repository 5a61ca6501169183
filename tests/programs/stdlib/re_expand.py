# Match.expand(template): the template of sub() filled from one match.
import re

m = re.search(r"(?P<y>\d{4})-(?P<m>\d\d)(x)?", "on 2026-12 we")
if m:
    print(m.expand(r"\g<m>/\g<y> [\1] <\3> \n-\\"), m.expand(template="\\2"))
    try:
        print(m.expand(r"\9"))
    except re.error as e:
        print("re.error", e)
