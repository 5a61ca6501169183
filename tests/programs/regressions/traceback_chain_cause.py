# raise ... from e prints the cause first ("direct cause"); from None prints no chain
class ConfigError(Exception):
    pass


def load(key):
    table = {"a": 1}
    try:
        table.pop(key)
    except KeyError as e:
        raise ConfigError("missing " + key) from e
    return table[key]


def load_quiet(key):
    try:
        return load(key)
    except ConfigError:
        raise ValueError("quiet " + key) from None


try:
    load_quiet("b")
except ValueError as e:
    print("quiet:", e)
load("c")
