# Format widths and precisions too large to honour: CPython raises ValueError while parsing a
# width past sys.maxsize, MemoryError for one that parses but cannot be allocated, and
# ValueError "precision too big" past a C int.  Nothing may crash or fill memory first.
half = 2**62
maxint = half - 1 + half

w = half
for label in ["int", "float", "str", "float e", "str prec", "percent d", "percent s"]:
    try:
        if label == "int":
            r = format(1, str(w))
        elif label == "float":
            r = format(1.5, ">" + str(w))
        elif label == "str":
            r = format("abc", "^" + str(w))
        elif label == "float e":
            r = format(1.5, str(w) + "e")
        elif label == "str prec":
            r = format("abc", str(w) + ".2")
        elif label == "percent d":
            r = "%4611686018427387904d" % 1
        else:
            r = "%4611686018427387904s" % "x"
        print(label, "ok", len(r))
    except MemoryError as e:
        print(label, "MemoryError", repr(str(e)))
    except ValueError as e:
        print(label, "ValueError", e)

for spec in ["9999999999999999999d", "99999999999999999999999d", "999999999999d", "1099511627776d", ".99999999999f", ".2147483648f"]:
    try:
        print(spec, "ok", len(format(7, spec) if spec.endswith("d") else format(7.5, spec)))
    except MemoryError as e:
        print(spec, "MemoryError", repr(str(e)))
    except ValueError as e:
        print(spec, "ValueError", e)

for spec in ["9223372036854775807", "9223372036854775806", "4611686018427387904"]:
    try:
        print(spec, "ok", len(format("x", spec)))
    except MemoryError as e:
        print(spec, "MemoryError", repr(str(e)))
    except ValueError as e:
        print(spec, "ValueError", e)
print("still running")
