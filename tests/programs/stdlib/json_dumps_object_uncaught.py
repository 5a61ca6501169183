# An object inside the value: CPython's TypeError when the encoder reaches it, uncaught.
import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(json.dumps({"ok": [1, 2]}))
print(json.dumps({"points": [Point(1, 2)][:0]}))  # an empty list of objects is fine
print(json.dumps({"points": [Point(1, 2)]}, indent=2))
