# A protocol method whose body only raises: its callers still take a str (or an int) from it, and
# the exception reaches them.
class Broken:
    def __repr__(self):
        raise RuntimeError("no repr")

    def __len__(self):
        raise ValueError("no len")


class Fine:
    def __str__(self):
        return "fine"


b = Broken()
for attempt in (lambda: repr(b), lambda: f"{b!r}", lambda: str([b]), lambda: str(len(b))):
    try:
        print(attempt())
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    print(b)
except RuntimeError as e:
    print("RuntimeError", e)
print(Fine())
