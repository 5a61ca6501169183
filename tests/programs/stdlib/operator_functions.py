# operator: the arithmetic, comparison and logical functions, called and as values; itemgetter,
# attrgetter, methodcaller
import functools
import operator
from operator import add, attrgetter, itemgetter, methodcaller, mul


class Item:
    def __init__(self, name, price, tags):
        self.name = name
        self.price = price
        self.tags = tags

    def total(self, n):
        return self.price * n


print(operator.add(2, 3), operator.sub(2, 3.5), operator.mul("ab", 3), operator.truediv(7, 2),
      operator.floordiv(-7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.lshift(1, 5),
      operator.rshift(256, 3), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.eq(1, 1.0), operator.ne("a", "b"), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2),
      operator.ge("b", "a"), operator.is_(None, None), operator.is_not(None, None))
print(operator.neg(5), operator.pos(-2.5), operator.invert(5), operator.inv(0), operator.not_(0),
      operator.truth([1]), operator.abs(-3), operator.getitem([10, 20, 30], 1), operator.contains("hello", "ell"))
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(mul, range(1, 8), 1))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), list(map(operator.neg, [1, -2])), sorted([3, -1, 2], key=operator.neg))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul}
for sym in "+-*":
    print(sym, ops[sym](7, 3))
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=itemgetter(1)), sorted(pairs, key=operator.itemgetter(0)), max(pairs, key=itemgetter(1)))
rows = [(3, "x", 1.5), (1, "y", 0.5), (2, "z", 2.5)]
print(sorted(rows, key=itemgetter(2, 0)), [itemgetter(-1)(r) for r in rows], itemgetter(1)("abc"))
items = [Item("pen", 1.5, ["a"]), Item("book", 12.0, ["b", "c"]), Item("cup", 4.25, [])]
print([i.name for i in sorted(items, key=attrgetter("price"))], attrgetter("name", "price")(items[0]))
print([methodcaller("total", 3)(i) for i in items], list(map(methodcaller("upper"), ["ab", "cd"])))
print(list(map(methodcaller("split", ","), ["a,b", "c"])), methodcaller("replace", "a", "o")("banana"))
get_first = itemgetter(0)
print(get_first("xyz"), get_first("q"), add(1, 2))
