# float() of a malformed string raises ValueError.
def to_celsius(text):
    f = float(text)
    return (f - 32.0) * 5.0 / 9.0


def convert_all(readings):
    out = []
    for r in readings:
        c = to_celsius(r)
        print(r, "F ->", round(c, 2), "C")
        out.append(c)
    return out


readings = ["32", "98.6", "212", "-40", "1e2", "abc"]
result = convert_all(readings)
print(result)
