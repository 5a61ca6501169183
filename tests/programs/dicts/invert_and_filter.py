# Inverting, filtering and summarising a phone book and a price list.
phone = {"alice": "555-0101", "bob": "555-0199", "carol": "555-0101", "dave": "555-0142"}
by_number = {}
for name, number in phone.items():
    by_number.setdefault(number, []).append(name)
print(by_number)
shared = {num: names for num, names in by_number.items() if len(names) > 1}
print("shared numbers", shared)

prices = {"apple": 120, "pear": 95, "kiwi": 40, "mango": 210, "plum": 60, "fig": 95}
cheap = {}
dear = {}
for item, cents in prices.items():
    if cents < 100:
        cheap[item] = cents
    else:
        dear[item] = cents
print("cheap", cheap)
print("dear", dear)

lowest = ""
highest = ""
for item in prices:
    if lowest == "" or prices[item] < prices[lowest]:
        lowest = item
    if highest == "" or prices[item] > prices[highest]:
        highest = item
print("lowest", lowest, prices[lowest], "highest", highest, prices[highest])

to_remove = [item for item, cents in prices.items() if cents % 5 != 0]
print("removing", to_remove)
for item in to_remove:
    del prices[item]
print(prices)

price_to_items = {}
for item, cents in sorted(prices.items()):
    price_to_items.setdefault(cents, []).append(item)
for cents in sorted(price_to_items, reverse=True):
    print(f"{cents / 100:.2f}", ", ".join(price_to_items[cents]))

basket = ["apple", "kiwi", "durian", "fig", "apple", "kiwi", "kiwi"]
bill = 0
unknown = {}
for item in basket:
    if item in prices:
        bill += prices[item]
    else:
        unknown[item] = unknown.get(item, 0) + 1
print("bill", bill, "unknown", unknown)
print("popped", prices.pop("mango", -1), prices.pop("durian", -1), len(prices))
