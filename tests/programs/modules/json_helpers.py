# Helpers for json_across_modules.py: json imported by a module the main file imports.
import json


def load_cfg(text) -> dict[str, int]:
    return json.loads(text)


def show(d):
    return json.dumps(d, sort_keys=True)
