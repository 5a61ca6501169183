# json.loads into the type an annotation gives: CPython's values, and its JSONDecodeError messages.
import json
from json import loads
from typing import Dict, List, Optional

a: dict[str, list[int]] = json.loads('{"a": [1, 2], "b": [], "a": [3]}')
print(a, len(a))
b: list[float] = json.loads('[1, 2.5, -0.0, 1e400, -1E-3, NaN, -Infinity]')
print(b, [x * 2 for x in b[:2]])
c: list[int | None] = json.loads('[1, null, 3]')
print(c)
d: str = json.loads('"h\\u00e9\\ud83d\\ude00 \\"q\\" \\/ \\b\\f\\n\\r\\t \\ud800x"')
print(repr(d))
e: bool = json.loads(' true ')
print(e)
f: Dict[str, Dict[str, str]] = loads('{"x": {"y": "z"}, "w": {}}')
print(f)
g: Optional[List[str]] = json.loads("null")
print(g)
h: float = json.loads("7")
print(h, h + 1)
i: int = json.loads("-0")
print(i)
k: list[list[bool]] = json.loads("[[true, false], []]")
print(k)


def settings(text) -> dict[str, str | None]:
    return json.loads(text)


s = settings('{"name": "pyzc", "home": null}')
print(s, s["home"] is None)

bad = ['', ' ', '[', '{', '"abc', '"\\', '"\\u12', '"\\uzzzz"', '"a\x01"', '01', '-', '1e', '1.', '[1 2]',
       '{"a" 1}', '{1:2}', 'nul', '[tru]', '\ufeff1', '1 2', '{"a":1} x', '[1,]', '{"a":1,}', '[-]', '-Inf',
       '[1,\n  2,\n  x]', '"\\ud834\\u12"', '{"a"', '{"a":', '[1, 2', '"\\q"']
for text in bad:
    try:
        v: list[int] = json.loads(text)
        print("parsed", v)
    except json.JSONDecodeError as err:
        print(repr(text), "->", err, "|", err.msg, err.pos, err.lineno, err.colno)
    except ValueError as err:
        print(repr(text), "-> ValueError", err)
raw: list[str] = json.loads(b'["a", "\\u00e9", "\xc3\xa9"]')
print(raw)
bom: dict[str, int] = json.loads(b'\xef\xbb\xbf{"a": 1}')
print(bom)
