# expect: 7:19: error: mutable default <class 'list'> for field items is not allowed: use default_factory
from dataclasses import dataclass


@dataclass
class Bag:
    items: list = []


print(Bag())
