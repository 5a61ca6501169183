# max() compares item > best: the item's __gt__ when its class has one, else the best's __lt__
# (reflected); min() compares item < best.
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v
    def __repr__(self):
        return f"V({self.v})"


class W:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("W lt", self.v, o.v)
        return self.v < o.v
    def __repr__(self):
        return f"W({self.v})"


xs = [V(3), V(1), V(4)]
print(max(xs), min(xs), max(V(1), V(2)), sorted(xs))
ws = [W(3), W(1), W(4)]
print(max(ws), min(ws), max(ws, key=lambda w: w.v))
print(max(ws, default=None), max([V(2)], default=V(0)), max(V(9), V(3), V(12)))
