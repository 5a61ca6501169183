# A variable given None and, later, a caught exception (`last = None` ... `except ValueError as e:
# last = e`): None or the exception, printed, tested, returned in a tuple.  pyzc said "variable
# 'last' is None but is assigned a exception here".

def attempt(texts):
    last = None
    count = 0
    for t in texts:
        try:
            count += int(t)
        except ValueError as e:
            last = e
    return count, last


for texts in (["1", "2"], ["1", "x", "3", "y"]):
    n, err = attempt(texts)
    print(n, err, err is None, repr(err) if err is not None else "-")
    if err is not None:
        print("last error:", err, type(err).__name__, err.args)

last = None
try:
    {}["k"]
except KeyError as e:
    last = e
print(last, str(last))
err2 = None
for t in ["a", "2"]:
    try:
        int(t)
    except ValueError as e:
        err2 = e
if err2:
    print("kept:", err2, bool(err2))
