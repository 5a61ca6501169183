# expect: 4:7: error: json.loads() into a value of type tuple[int, int] is not supported yet (only int, float (or int | float), bool, str, list[T], dict[str, T] and T | None)
import json

pair: tuple[int, int] = json.loads("[1, 2]")
print(pair)
