# A warehouse ledger; shipping an item that was never stocked raises KeyError.
stock = {"bolt": 500, "nut": 650, "gear": 12}
prices = {"bolt": 4, "nut": 2, "gear": 150}
log = []


def receive(item, qty, price):
    stock[item] = stock.get(item, 0) + qty
    prices[item] = price
    log.append(("in", item, qty))
    print("received", qty, item, "now", stock[item])


def ship(item, qty):
    have = stock[item]
    if have < qty:
        print("backorder", item, "have", have, "want", qty)
        return 0
    stock[item] = have - qty
    log.append(("out", item, qty))
    print("shipped", qty, item, "left", stock[item], "worth", qty * prices[item])
    return qty * prices[item]


receive("spring", 80, 3)
revenue = 0
revenue += ship("bolt", 120)
revenue += ship("gear", 20)
revenue += ship("spring", 30)
receive("gear", 10, 145)
revenue += ship("gear", 20)
print("revenue", revenue)
print("stock", stock)
print("log", log)
value = 0
for item, qty in stock.items():
    value += qty * prices[item]
print("inventory value", value)
revenue += ship("washer", 5)
print("never printed", revenue)
