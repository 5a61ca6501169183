# Objects in lists and dicts, fields first assigned outside __init__, and __len__.
class Product:
    def __init__(self, sku, name, cents):
        self.sku = sku
        self.name = name
        self.cents = cents

    def __repr__(self):
        return f"{self.name}@{self.cents}"


class LineItem:
    def __init__(self, product, qty):
        self.product = product
        self.qty = qty

    def cost(self):
        return self.product.cents * self.qty


class Cart:
    def __init__(self, owner):
        self.owner = owner
        self.items = {}

    def add(self, product, qty):
        if product.sku in self.items:
            self.items[product.sku].qty += qty
        else:
            self.items[product.sku] = LineItem(product, qty)

    def remove(self, sku):
        if sku in self.items:
            del self.items[sku]

    def checkout(self, percent_off):
        self.subtotal = 0
        for item in self.items.values():
            self.subtotal += item.cost()
        self.discount = self.subtotal * percent_off // 100
        self.total = self.subtotal - self.discount

    def __len__(self):
        n = 0
        for item in self.items.values():
            n += item.qty
        return n


catalog = [Product("A1", "pen", 150), Product("B2", "notebook", 425), Product("C3", "stapler", 999),
           Product("D4", "clips", 75)]
by_sku = {}
for p in catalog:
    by_sku[p.sku] = p
print(catalog)
print(sorted(by_sku), by_sku["C3"])

cart = Cart("dana")
for sku, qty in [("A1", 3), ("B2", 2), ("D4", 10), ("A1", 2), ("C3", 1)]:
    cart.add(by_sku[sku], qty)
    print("added", qty, by_sku[sku].name, "-> items", len(cart), "lines", len(cart.items))
cart.remove("C3")
cart.remove("ZZ")
for sku, line in cart.items.items():
    print(f"{sku} {line.product.name:<9}{line.qty:>3} {line.cost():>6}")
cart.checkout(10)
print("subtotal", cart.subtotal, "discount", cart.discount, "total", cart.total)
by_sku["B2"].cents = 399
cart.checkout(0)
print("after price change", cart.subtotal, cart.discount, cart.total, len(cart))
carts = [cart, Cart("eli")]
carts[1].add(catalog[2], 4)
for c in carts:
    c.checkout(5)
    print(c.owner, len(c), c.total)
