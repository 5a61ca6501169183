# expect: 8:7: error: attribute and index lookups in str.format fields are not supported yet
class P:
    def __init__(self, x: int):
        self.x = x


p = P(1)
print("{0.x}".format(p))
