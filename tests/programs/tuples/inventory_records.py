# A list of (name, quantity, unit price) records processed with tuple unpacking.
inventory = [
    ("bolts", 250, 0.05),
    ("nuts", 300, 0.03),
    ("washers", 120, 0.02),
    ("brackets", 16, 1.75),
    ("hinges", 8, 3.5),
    ("screws", 500, 0.04),
]


def value_of(rec):
    name, qty, price = rec
    return qty * price


def restock(records, threshold, amount):
    out = []
    for name, qty, price in records:
        if qty < threshold:
            out.append((name, qty + amount, price))
            print("restocked", name, qty, "->", qty + amount)
        else:
            out.append((name, qty, price))
    return out


total = 0.0
for rec in inventory:
    v = value_of(rec)
    total += v
    print(f"{rec[0]:<10}{rec[1]:>5}{rec[2]:>7.2f}{v:>9.2f}")
print(f"total value {total:.2f}")

cheapest = inventory[0]
priciest = inventory[0]
for rec in inventory:
    if rec[2] < cheapest[2]:
        cheapest = rec
    if rec[2] > priciest[2]:
        priciest = rec
print("cheapest", cheapest)
print("priciest", priciest)

by_qty = []
for name, qty, price in inventory:
    by_qty.append((qty, name))
by_qty.sort(reverse=True)
print("by quantity", by_qty[:3])

updated = restock(inventory, 20, 50)
print(updated[3], updated[4])
print("same records:", updated == inventory, "first equal:", updated[0] == inventory[0])

orders = [("bolts", 40), ("hinges", 3), ("screws", 125), ("nuts", 310)]
for item, want in orders:
    found = False
    for name, qty, price in updated:
        if name == item:
            found = True
            if qty >= want:
                print("ship", want, item, "for", round(want * price, 2))
            else:
                print("short", item, "have", qty, "want", want)
    if not found:
        print("unknown", item)
