# expect: 4:13: error: json.loads() needs the type of its result: assign it to an annotated variable (`data: dict[str, int] = json.loads(...)`), return it from a function annotated with the type, or pass it to an annotated parameter (int, float (or int | float), bool, str, list[T], dict[str, T] and T | None)
import json

handlers = [json.loads]  # (parse = json.loads is `from json import loads as parse`)
print(len(handlers))
