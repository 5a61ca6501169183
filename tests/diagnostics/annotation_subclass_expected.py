# expect: 10:13: error: parameter 'd' is annotated Dog but has type Animal
class Animal:
    pass


class Dog(Animal):
    pass


def walk(d: Dog):
    return 1


walk(Animal())
