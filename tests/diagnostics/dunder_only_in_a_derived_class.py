# expect: 19:7: error: Card defines __eq__, which Thing (the class of this operand as pyzc types it) has not: pyzc does not call it for an object of Card here yet
class Thing:
    def __init__(self, v):
        self.v = v


class Card(Thing):
    def __eq__(self, other):
        return self.v == other.v


class Label:
    def __init__(self, v):
        self.v = v


things = [Thing(1), Card(1)]
last = things[1]
print(last == Label(1))
