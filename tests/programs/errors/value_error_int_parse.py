# Parsing a non-numeric field with int() raises ValueError.
def parse_field(text):
    return int(text.strip())


def parse_row(line):
    values = []
    for piece in line.split(","):
        values.append(parse_field(piece))
    return values


def load(lines):
    total = 0
    for line in lines:
        row = parse_row(line)
        total += sum(row)
        print(row, "running total", total)
    return total


rows = ["1, 2, 3", "40,50, 60", " -7 ,8", "9, ten, 11"]
print("total:", load(rows))
