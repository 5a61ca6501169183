# Parsing CSV-like records, collecting errors per line instead of stopping.
class RecordError(Exception):
    def __init__(self, line_no, reason):
        super().__init__(f"line {line_no}: {reason}")
        self.line_no = line_no
        self.reason = reason


def parse_record(line_no, line):
    fields = line.split(",")
    if len(fields) != 3:
        raise RecordError(line_no, f"expected 3 fields, got {len(fields)}")
    name = fields[0].strip()
    if name == "":
        raise RecordError(line_no, "empty name")
    try:
        qty = int(fields[1])
    except ValueError:
        raise RecordError(line_no, "bad quantity " + repr(fields[1].strip()))
    try:
        price = float(fields[2])
    except ValueError:
        raise RecordError(line_no, "bad price " + repr(fields[2].strip()))
    if qty < 0:
        raise RecordError(line_no, "negative quantity")
    return (name, qty, price)


raw = [
    "widget, 4, 2.50",
    "gadget, x, 1.25",
    "gizmo, 10",
    ", 3, 1.00",
    "doohickey, 2, 19.99",
    "thing, -5, 3.0",
    "sprocket, 7, cheap",
    "nut, 100, 0.05",
]
good = []
errors = []
for i, line in enumerate(raw, 1):
    try:
        rec = parse_record(i, line)
    except RecordError as rec_err:
        errors.append(rec_err)
        print("reject", rec_err)
    else:
        good.append(rec)
        print("accept", rec)

print(len(good), "good records,", len(errors), "errors")
total = 0.0
for name, qty, price in good:
    total += qty * price
print(f"order total {total:.2f}")
lines_with_errors = [err.line_no for err in errors]
print("error lines", lines_with_errors)
reasons = {}
for err in errors:
    word = err.reason.split(" ")[0]
    reasons[word] = reasons.get(word, 0) + 1
print(reasons)
