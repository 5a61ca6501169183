class Bag:
    def __init__(self):
        self.n = 0
    def put(self, xs, v):
        xs.append(v)
        self.n += 1
        return xs
b = Bag()
print(b.put([], "s"), b.n)
