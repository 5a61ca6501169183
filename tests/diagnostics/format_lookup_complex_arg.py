# expect: 8:22: error: attribute and index lookups in str.format fields need a variable as the argument
class P:
    def __init__(self, x: int):
        self.x = x


ps = [P(1)]
print("{0.x}".format(ps[0]))
