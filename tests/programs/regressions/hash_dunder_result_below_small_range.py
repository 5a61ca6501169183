# hash(obj) of a __hash__ result in int64 but below the small-int range (a tuple's hash can be) was
# returned as a raw C integer where a big word was expected: printing it crashed.
class Key:
    def __init__(self, x):
        self.x = x

    def __hash__(self):
        return hash((self.x, 0, 0))

    def __eq__(self, other):
        return self.x == other.x


k = Key(-1)
print(k.__hash__(), hash(k), hash(k) == k.__hash__())
print(len({k, Key(-1), Key(2)}))
