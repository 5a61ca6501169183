# json.loads of something that is not a document: CPython's TypeError (the last one uncaught).
import json
try:
    x: list[int] = json.loads(123)
except TypeError as e:
    print(e)
y: list[int] = json.loads(bytearray(b"[1, 2]"))
print(y)
z: list[int] = json.loads([1])
