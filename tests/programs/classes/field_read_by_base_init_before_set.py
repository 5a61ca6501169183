# A base __init__ calls a method that a subclass overrides to read a field the subclass's __init__ sets
# only after super().__init__(): CPython's AttributeError, not a zero.
class Base:
    def __init__(self):
        print("describing:", self.describe())

    def describe(self):
        return "base"


class Flagged(Base):
    def __init__(self):
        super().__init__()
        self.flag = True

    def describe(self):
        return "flag " + str(self.flag)


class Listed(Base):
    def __init__(self):
        super().__init__()
        self.items = [1, 2]

    def describe(self):
        return "items " + str(len(self.items))


class Early(Base):
    def __init__(self):
        self.items = [3]
        super().__init__()

    def describe(self):
        return "early " + str(self.items)


Base()
Early()
for make in (Flagged, Listed):
    try:
        make()
    except AttributeError as e:
        print("AttributeError:", e)
