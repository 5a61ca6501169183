class Util:
    @staticmethod
    def fill(xs, n):
        for i in range(n):
            xs.append(i * 1.5)
        return xs
    @classmethod
    def make(cls, d):
        d["a"] = "b"
        return d
print(Util.fill([], 3), Util.make({}))
