# Named tuples whose fields take values of several types in one place (an int, then a float; None,
# then an int): converted position by position, and still named tuples.
from collections import namedtuple
from typing import NamedTuple, Optional
Item = namedtuple("Item", "name price")
shop = {"a": Item("apple", 1), "b": Item("bread", 2.5)}
print(shop, sorted(shop.values(), key=lambda i: i.price))
ps = [Item("x", 1)]
ps.append(Item("y", 0.5))
print(ps, [p.price * 2 for p in ps])

class Rec(NamedTuple):
    name: str
    score: Optional[int] = None

recs = [Rec("a"), Rec("b", 5)]
print(recs, [r.score for r in recs if r.score is not None])
Pt = namedtuple("Pt", "x y")
p = Pt(1, 2)
if len(ps) > 1:
    p = Pt(0.5, 2)
print(p, p.x + p.y, p._replace(y=7))
