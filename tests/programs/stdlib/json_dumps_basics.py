import json

class P:
    pass

print(json.dumps([1, 2, 3]))
print(json.dumps({"a": [1.5, 2.0], "b": []}))
print(json.dumps({"a": [1.5, 2.0], "b": []}, indent=2))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True))
print(json.dumps({"b": 1, "a": 2}, separators=(",", ":")))
print(json.dumps("h\u00e9llo \"q\" \n \U0001f600 \x7f"))
print(json.dumps("h\u00e9llo \"q\" \n \U0001f600 \x7f", ensure_ascii=False))
print(json.dumps(None), json.dumps(True), json.dumps(1.0), json.dumps(float("inf")), json.dumps(-float("inf")))
print(json.dumps({1: "a", 2: "b"}))
print(json.dumps({1.5: [True, False]}, indent="\t"))
print(json.dumps([[1, 2], [3]], indent=0))
print(json.dumps((1, 2, 3)))
print(json.dumps([(1, 2), (3, 4)]))
xs = [1, None, 3]
print(json.dumps(xs))
print(json.dumps({"p": []}))
try:
    print(json.dumps(P()))
except TypeError as e:
    print(e)
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print(e)
