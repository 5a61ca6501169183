# expect: 10:8: error: unhashable type: 'Key' (it defines __eq__ but not __hash__)
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return self.k == other.k


seen = {Key(1): 1}
print(len(seen))
