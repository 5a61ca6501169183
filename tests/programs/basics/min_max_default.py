# min()/max() with default=: given when there are no items, with key= and generators, any iterable
xs = [3, 1, 2]
e = []
print(max(xs, default=0), max(e, default=-1), min(e, default=None), min(xs, default=None))
print(max((x for x in xs if x > 5), default=None), max(e, key=lambda v: -v, default=7))
words = ["bb", "a", "ccc"]
print(min(words, key=len, default=""), max([], key=len, default="none"))
print(max([1.5, 2.5], default=0), max([], default=0.5), min(e, default=2.5))
d = {}
print(max(d, default="k"), max(d.values(), default=0))
best = None
for row in [[4, 9], [], [2]]:
    top = max(row, default=None)
    if top is not None and (best is None or top > best):
        best = top
    print(top, best)
def calls():
    print("default evaluated")
    return 0
print(max([5], default=calls()))
