# An uncaught JSONDecodeError: its traceback names it json.decoder.JSONDecodeError, as CPython's.
import json

config: dict[str, int] = json.loads('{"width": 80, "height": 24}')
print(config["width"] * config["height"])
broken: dict[str, int] = json.loads('{"width": 80,\n "height": }')
print(broken)
