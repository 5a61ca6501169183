# json.dumps edge cases: named tuples, None values, sorted int and float keys, float reprs, escapes.
import json
from collections import namedtuple
from typing import NamedTuple, Optional


class P(NamedTuple):
    x: int
    y: str


Q = namedtuple("Q", "a b")
print(json.dumps(P(1, "a")), json.dumps([Q(1.5, 2.5)]))
d: dict[str, Optional[list[int]]] = {"a": [1], "b": None}
print(json.dumps(d, indent=-1))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True), json.dumps({2.5: 1, -1.0: 2}, sort_keys=True))
print(json.dumps([1, 2], separators=[",", ":"]), json.dumps([], indent=None), json.dumps({"a": 1}, indent=""))
print(json.dumps({"k": [1]}, sort_keys=len("x") > 0, ensure_ascii=False))
vals = [0.1, 1e16, 1e-5, 123456789.125, float("nan")]
print(json.dumps(vals))
s = json.dumps({"x": "tab\there", "ctrl": "\x00\x1f\x7f\x80"})
print(s)
print(json.dumps("\u2028\u2029 \ufeff", ensure_ascii=False), json.dumps("\u2028"))
nested = [[[]], [[1]]]
print(json.dumps(nested, indent=2))
print(json.dumps(()), json.dumps((1,)), json.dumps(tuple([1, 2, 3])))
print(json.dumps((1, 2, 3, 4, 5, 6, 7, 8, 9, 10)))
print(json.dumps((1, "a", 2.5, None, True, [1], {"k": 1}, (2, "b"), "x", 5)))
keys = {1: "a", 2.5: "b"}
print(json.dumps(keys))
