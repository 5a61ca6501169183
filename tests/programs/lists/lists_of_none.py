# Lists and dicts holding only None: printed, counted, compared; a list of None extending a list of
# objects gives NULL objects that print as None.
class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"V{self.n}"


def gather(extra=[None, None]):
    out = [V(1)]
    out.extend(extra)
    return out


print(gather(), gather([V(2)]))
holes = [None] * 3
print(holes, holes.count(None))
table = {"a": None}
print(table, table["a"] is None)
