# Several handlers, tuples of exception classes, bare except and the builtin hierarchy.
def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "type":
        raise TypeError("wrong type")
    if kind == "key":
        d = {"a": 1}
        return d["zzz"]
    if kind == "index":
        xs = [1, 2, 3]
        return xs[10]
    if kind == "zero":
        return 10 // (len(kind) - 4)
    if kind == "runtime":
        raise RuntimeError("something broke")
    return 0


kinds = ["value", "type", "key", "index", "zero", "runtime", "none"]
for kind in kinds:
    try:
        r = risky(kind)
        print(kind, "returned", r)
    except ValueError as ve:
        print(kind, "-> ValueError:", ve)
    except (TypeError, RuntimeError) as ex:
        print(kind, "-> TypeError or RuntimeError:", ex)
    except LookupError as le:
        print(kind, "-> LookupError:", le)
    except ArithmeticError as ae:
        print(kind, "-> ArithmeticError:", ae)

print("-- catch-all handlers --")
for kind in kinds:
    try:
        risky(kind)
        print(kind, "fine")
    except Exception as ex:
        print(kind, "caught as Exception:", ex)

for kind in kinds:
    try:
        risky(kind)
    except:
        print(kind, "caught by bare except")

print("-- first matching handler wins --")
try:
    risky("key")
except KeyError:
    print("KeyError handler")
except LookupError:
    print("LookupError handler (not reached)")

try:
    risky("index")
except (KeyError, ZeroDivisionError):
    print("not reached")
except (IndexError, ValueError) as ex:
    print("matched second tuple:", ex)

caught = 0
for kind in kinds * 2:
    try:
        risky(kind)
    except (ValueError, TypeError, LookupError, ArithmeticError, RuntimeError):
        caught += 1
print("caught", caught, "of", len(kinds) * 2)
