# expect: 9:16: error: super().create() in a method of Q, a class other classes derive from, is not supported yet (its cls is the object's own class)
class P:
    @classmethod
    def create(cls):
        return cls()

class Q(P):
    def again(self):
        return super().create()

class R(Q):
    pass

print(type(R().again()).__name__)
