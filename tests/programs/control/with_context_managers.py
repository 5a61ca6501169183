class Tag:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Tag.depth += 1
        print("  " * Tag.depth + "<" + self.name + ">")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("  " * Tag.depth + "</" + self.name + ">", "ok" if exc_type is None else "error: " + str(exc))
        Tag.depth -= 1
        return False


class Suppress:
    def __init__(self):
        self.caught = 0

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.caught += 1
            return True
        return False


def find(items, want):
    with Tag("search") as label:
        for i, x in enumerate(items):
            if x == want:
                return label + str(i)
    return "none"


with Tag("html"), Tag("body") as b:
    print(b)
    with Tag("p"):
        print(find([3, 4, 5], 4), find([], 1))

s = Suppress()
for d in [1, 0, 2]:
    with s:
        print(10 // d)
print("caught", s.caught)

try:
    with Tag("outer"):
        raise ValueError("bad value")
except ValueError as e:
    print("handled", e)

for i in range(3):
    with Tag("loop"):
        if i == 1:
            continue
        if i == 2:
            break
        print("i", i)
