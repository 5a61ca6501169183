# json.dumps of lists and dicts holding strs and None.  pyzc failed inside its own json module
# ("this value may be None (it is str | None)"): a call passing a name a test showed is not None now
# passes its value.

import json
print(json.dumps(["a", None]))
print(json.dumps({"a": None, "b": "x"}, sort_keys=True))
def show(s):
    return "<" + s + ">"
def maybe(k):
    return None if k else "v"
for k in (0, 1):
    x = maybe(k)
    if x is not None:
        print(show(x))
    else:
        print(x)
