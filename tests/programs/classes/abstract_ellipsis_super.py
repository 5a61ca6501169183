# An abstract method whose body is `...`, with a subclass calling super() on a concrete override:
# the super() call reaches Dog.speak, never the abstract body.
from abc import ABC, abstractmethod


class Animal(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def speak(self) -> str: ...

    @abstractmethod
    def legs(self) -> int:
        ...

    def describe(self):
        return f"{self.name} says {self.speak()} on {self.legs()} legs"


class Dog(Animal):
    def speak(self):
        return "woof"

    def legs(self):
        return 4


class Puppy(Dog):
    def speak(self):
        return super().speak().upper() + "!"


class Bird(Animal):
    def speak(self):
        return "tweet"

    def legs(self):
        return 2


for a in [Dog("rex"), Puppy("bit"), Bird("tweety")]:
    print(a.describe())
try:
    Animal("x")
except TypeError as e:
    print(e)
