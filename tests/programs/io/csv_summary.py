# A CSV summariser: reads the file named by sys.argv[1], splits and converts fields, aggregates revenue per region and product in dicts, reports bad rows, prints a formatted table.
import sys


def parse(path):
    rows = []
    bad = 0
    f = open(path, encoding="utf-8")
    header = f.readline().rstrip("\n").split(",")
    for number, line in enumerate(f, 2):
        line = line.strip()
        if not line:
            continue
        fields = line.split(",")
        try:
            units = int(fields[3])
            price = float(fields[4])
        except ValueError as e:
            print(f"line {number}: skipped ({e})")
            bad += 1
            continue
        rows.append((fields[1], fields[2], units, price))
    f.close()
    return header, rows, bad


header, rows, bad = parse(sys.argv[1])
print("columns:", ", ".join(header))
revenue = {}
units_by_product = {}
for region, product, units, price in rows:
    revenue[region] = revenue.get(region, 0.0) + units * price
    units_by_product[product] = units_by_product.get(product, 0) + units

print(f"{'region':<10}{'revenue':>12}")
print("-" * 22)
total = 0.0
for region in sorted(revenue, key=lambda r: -revenue[r]):
    print(f"{region:<10}{revenue[region]:>12.2f}")
    total += revenue[region]
print("-" * 22)
print(f"{'total':<10}{total:>12.2f}")
print()
for product in sorted(units_by_product):
    share = 100 * units_by_product[product] / sum(units_by_product.values())
    print(f"{product:>10} {units_by_product[product]:5d} units {share:5.1f}%")
print(len(rows), "rows,", bad, "bad")
