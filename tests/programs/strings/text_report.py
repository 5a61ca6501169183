# Building an aligned text report with string operations.
def pad_right(s, width):
    if len(s) >= width:
        return s[:width]
    return s + " " * (width - len(s))


def pad_left(s, width):
    if len(s) >= width:
        return s
    return " " * (width - len(s)) + s


def bar(value, max_value, width):
    filled = value * width // max_value
    return "#" * filled + "." * (width - filled)


def main():
    names = ["north", "south", "east", "west", "central-region"]
    sales = [1520, 830, 2210, 95, 1760]
    header = pad_right("region", 10) + pad_left("sales", 8) + "  chart"
    print(header)
    print("=" * len(header))
    top = max(sales)
    for name, amount in zip(names, sales):
        print(pad_right(name, 10) + pad_left(str(amount), 8) + "  " + bar(amount, top, 20))
    print("-" * len(header))
    total = sum(sales)
    print(pad_right("total", 10) + pad_left(str(total), 8))
    for name, amount in zip(names, sales):
        share = amount * 100.0 / total
        print(f"{name:<16}{share:.3f}%")
    title = "Quarterly Summary"
    print("*" * 6 + title + "*" * 7)
    print("+" + "-" * 28 + "+")
    print("|" + pad_right(" best: " + names[sales.index(top)], 28) + "|")
    print("+" + "-" * 28 + "+")


if __name__ == "__main__":
    main()
