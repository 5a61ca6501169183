# __missing__ of a dict subclass, overridden below it: the override answers for its objects.
class Counts(dict):
    def __missing__(self, k):
        return 0


class Deeper(Counts):
    def __missing__(self, k):
        return len(k) * -1


c = Counts()
d = Deeper()
c["a"] = 3
d["zz"] = 4
print(c["a"], c["b"], d["zz"], d["abc"], len(c), len(d))
for o in [c, d]:
    print(o["q"], o.get("q", 9))
