# A field that only subclasses set, read through a base-class value: objects whose class sets it
# read it; an object of a class that never sets it raises CPython's AttributeError.
class Animal:
    def __init__(self, name):
        self.name = name


class Cat(Animal):
    def __init__(self, name):
        super().__init__(name)
        self.lives = 9


class Dog(Animal):
    def __init__(self, name):
        Animal.__init__(self, name)
        self.lives = 1
        self.tricks = ["sit"]


def describe(a):
    print(a.name, end=": ")
    try:
        print(a.lives * 2, end=" ")
        print(len(a.tricks))
    except AttributeError as e:
        print("AttributeError:", e)


pets = [Animal("rex"), Cat("tom"), Dog("fido")]
for p in pets:
    describe(p)
print(pets[1].lives, sum(p.lives for p in pets[1:]))
