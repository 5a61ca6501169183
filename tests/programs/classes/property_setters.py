# @x.setter: `obj.x = v` (in __init__ too) and `obj.x += 1` call the property's setter, whose
# checks raise as CPython's do; a subclass overriding the property and its setter is called through
# the base class.  pyzc refused the setter ("decorators other than @staticmethod, @classmethod and
# @property are not supported yet").

class Circle:
    def __init__(self, r):
        self.radius = r

    @property
    def radius(self):
        return self._r

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be >= 0")
        self._r = value

    @property
    def area(self):
        return 3 * self._r * self._r


c = Circle(2)
print(c.radius, c.area)
c.radius = 5
print(c.radius, c.area)
c.radius += 1
print(c.radius)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
print(c.radius)


class Temp:
    def __init__(self):
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9


t = Temp()
t.fahrenheit = 212.0
print(t._c, t.fahrenheit)


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, amount):
        if amount < 0:
            raise ValueError(f"negative balance for {self.owner}: {amount}")
        self._balance = amount


class Savings(Account):
    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, amount):
        print("savings set", amount)
        self._balance = amount


accts = [Account("ann", 10), Savings("bob", 5)]
for a in accts:
    a.balance += 7
    print(a.owner, a.balance)
try:
    Account("cy", -1)
except ValueError as e:
    print(e)
accts[0].balance = 3
print(accts[0].balance)
accts[1].balance = -3
print(accts[1].balance)
