# expect: 7:14: error: sorting Item values is not supported
class Item:
    def __init__(self, n):
        self.n = n


print(sorted([Item(2), Item(1)])[0].n)
