# pprint.pprint / pformat / pp: CPython's line breaking, sorted dicts and sets, long strs split
import pprint
from pprint import pformat

data = {"zeta": {"q": (1, 2)}, "alpha": {"x": (1, 2), "b": (10, 5)}, "m": {"short": (0, 0)}}
pprint.pprint(data)
pprint.pprint(data, width=30)
pprint.pprint(data, width=1)
pprint.pprint(data, indent=0, width=20)
big = {f"key{i}": list(range(i)) for i in range(12)}
pprint.pprint(big)
pprint.pprint((list(range(30)), "hello " * 30, (1,), {3, 1, 2}), width=60)
print(pformat(list(range(40)), compact=True, width=50))
print(pformat([[i] * i for i in range(12)], compact=True, width=30))
print(pformat([list(range(i)) for i in range(9)], compact=True, width=24, indent=2))
pprint.pp({"b": 1, "a": 2})
pprint.pp({"b": 1, "a": 2}, sort_dicts=True)
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False, indent=4)
pprint.pprint(([1, 2, 3] * 10, {"k": "v" * 100}), indent=3)
pprint.pprint({i: {j: "x" * j for j in range(i)} for i in range(6)}, width=40)
pprint.pprint(set(range(40)))
pprint.pprint({-5, 3, -1, 100, 7} | set(range(10, 30)), width=30)
pprint.pprint(("a long string with several words that will not fit on one line at all, no",))
pprint.pprint("line one\nline two is here\n" * 5)
pprint.pprint("word " * 40)
pprint.pprint(["word " * 40, "x" * 100, "tail  spaces   " * 8], width=50)
pprint.pprint({"q": "it's \"quoted\" \\ back\tslash " * 4, "é": "ünïcödé wörds ☃ " * 8}, width=60)
pprint.pprint("a\u3000b\u3000c " * 30, width=40)
pprint.pprint({(2, "b"): 1, (1, "z"): 2, (1, "a"): 3, (2, "a"): 4}, width=20)
pprint.pprint({True: "t", False: "f"})
pprint.pprint({-3: [], 10: [1.5, float("inf"), -0.0], 2: [2.5, -1e300]}, width=25)
pprint.pprint(({"b": {"y": 1, "x": 2}}, {"a": [{"d": 4, "c": 3}]}))
pprint.pprint(([], {}, set(), (), "", [[]], ((),)), width=5)
pprint.pprint({"nested": [[[[list(range(10))]]]]}, width=20)
pprint.pprint((1, ("two", (3.0, ("four", None)))), width=12)
pprint.pprint(["x" * 30 + " " + "y" * 30] * 2, width=40)
print(repr(pformat("")), repr(pformat("a b", width=1)), pformat(12345, width=1))
for kwargs in ({"indent": -1}, {"width": 0}):
    try:
        if "indent" in kwargs:
            pprint.pprint([1], indent=-1)
        else:
            pprint.pprint([1], width=0)
    except ValueError as e:
        print("ValueError:", e)
deep = {"a": [[1, 2], [3]], "b": [[4]], "e": [], "f": [[5, 6, 7], []]}
deep2 = [({"c": (5,), "a": (6,)}, {7, 8}), ({}, set())]
for d in (1, 2, 3, 4):
    pprint.pprint(deep, depth=d)
    pprint.pprint(deep, depth=d, width=20)
    pprint.pprint(deep2, depth=d)
    pprint.pprint(deep2, depth=d, width=15)
print(pprint.saferepr(deep), pprint.saferepr({"z": [{"y": 2, "b": 3}], "a": []}), pprint.saferepr("x"))
print(pprint.isreadable(deep), pprint.isrecursive(deep), pprint.isreadable(float("inf")))
try:
    pprint.pprint([1], depth=0)
except ValueError as e:
    print("ValueError:", e)
