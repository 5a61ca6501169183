# An except clause for a user exception class that no code ever constructs (its fields have no type) still compiles (fuzz seed 1017).
class QuotaError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


class DiskQuotaError(QuotaError):
    def __init__(self, code, msg, disk):
        super().__init__(code, msg)
        self.disk = disk


class ParseError(ValueError):
    pass


def parse(text):
    if not text.isdigit():
        raise ParseError("not a number: " + text)
    return int(text)


def load(items):
    total = 0
    for text in items:
        try:
            total += parse(text)
        except DiskQuotaError as e:
            print("disk quota", e.code, e.disk)
        except QuotaError as e:
            print("quota", e.code, e)
        except ValueError as e:
            print("skipped:", e)
    return total


print(load(["12", "x7", "30", ""]))
try:
    print(parse("abc"))
except (QuotaError, ParseError) as e:
    print("caught", e, e.args)
