# Width specs on ints, the shapes formatted without parsing the whole spec ([0]W[d]) and
# their neighbours that take the full path, on small, negative, wide and big ints.

values = [0, 7, -7, 42, -42, 123456, -123456, 2**62, -(2**62), 2**63 - 1, -(2**63), 2**64 + 5, -(2**70), True, False]
specs = ["02d", "2d", "02", "2", "5d", "05d", "010d", "10", "99d", "09", "0d", "d", "00d", "012", "1", "01d",
         "+03d", "<4d", ">4", "3x", "03o", "_", ",d", "06,d"]

for v in values:
    row = []
    for spec in specs:
        row.append("[" + format(v, spec) + "]")
    print(" ".join(row))

for day in range(1, 12, 5):
    for hour in (0, 9, 23):
        print(f"2024-01-{day:02d} {hour:02d}:{hour * 2:02}:{-hour:03d} {hour:3d}|{day:5}|")

for bad in ("2e3", "0x", "3.1d", "d2"):
    try:
        print(format(12, bad))
    except ValueError as e:
        print("ValueError:", e)
