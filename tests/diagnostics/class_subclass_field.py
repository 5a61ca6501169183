# expect: 14:7: error: 'Animal' object has no attribute 'lives' (only its subclass Cat sets it; pyzc needs the field on the variable's class)
class Animal:
    def __init__(self, name):
        self.name = name


class Cat(Animal):
    def __init__(self, name):
        super().__init__(name)
        self.lives = 9


pets = [Animal("rex"), Cat("tom")]
print(pets[1].lives)
