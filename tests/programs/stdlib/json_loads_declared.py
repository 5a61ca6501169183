# json.loads typed by an annotation elsewhere in the scope, or by the parameter it is passed to.
import json


def total(counts: dict[str, float], scale: int):
    return sum(counts.values()) * scale


def load_names(text):
    names: list[str]
    names = json.loads(text)
    return names


print(total(json.loads('{"a": 1, "b": 2.5}'), 2))
print(total(scale=3, counts=json.loads('{"a": 1}')))
print(load_names('["x", "y"]'))
limits: dict[str, int | None]
if True:
    limits = json.loads('{"cpu": 4, "mem": null}')
print(limits)


def update(cfg: dict[str, str], text):
    cfg = json.loads(text)
    return cfg


print(update({}, '{"k": "v"}'))


class Config:
    limits: dict[str, int]

    def __init__(self, text):
        self.limits = json.loads(text)
        self.names: list[str] = []

    def load_names(self, text):
        self.names = json.loads(text)


c = Config('{"cpu": 2}')
c.load_names('["a", "b"]')
print(c.limits, c.names)
mixed: list[int | float] = json.loads("[1, 2.5, -3]")
print(mixed, sum(mixed))
