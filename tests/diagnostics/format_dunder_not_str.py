# expect: 6:5: error: __format__ must return a str, not int
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        return self.cents


print(f"{Money(5):>8}")
