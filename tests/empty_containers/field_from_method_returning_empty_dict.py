class Reg:
    def __init__(self):
        self.d = self.fresh()
    def fresh(self):
        return {}
    def put(self, k, v):
        self.d[k] = v
r = Reg()
r.put("a", [1, 2])
print(r.d)
