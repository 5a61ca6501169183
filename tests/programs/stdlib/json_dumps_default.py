# json.dumps(default=f): f(o) is encoded in place of each value the encoder cannot write.
import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Tag:
    def __init__(self, name):
        self.name = name

    def to_json(self):
        return {"tag": self.name}


def encode(o):
    if isinstance(o, Point):
        return [o.x, o.y]
    raise TypeError("cannot encode " + type(o).__name__)


def encode_tag(o):
    return {"tag": o.name}


print(json.dumps({"pts": [Point(1, 2), Point(3, 4)]}, default=encode))
print(json.dumps([Tag("a")], default=encode_tag, indent=1))
print(json.dumps({"t": Tag("c"), "u": None}, default=lambda t: t.to_json(), sort_keys=True))
print(json.dumps({"s": {1, 2}}, default=sorted))
print(json.dumps([b"xy"], default=lambda b: b.decode()))
print(json.dumps([Point(0, 0)], default=lambda p: p.x + p.y))
try:
    json.dumps((Point(5, 6), {"k": (1, "z")}, b"no"), default=encode)
except TypeError as e:
    print(e)
