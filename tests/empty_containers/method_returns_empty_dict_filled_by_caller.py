class Maker:
    def empty(self):
        return {}
d = Maker().empty()
d["x"] = [1.5]
print(d)
