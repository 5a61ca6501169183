# expect: 7:5: error: classes defined inside functions or classes are not supported yet
from dataclasses import dataclass


class Shop:
    @dataclass
    class Item:
        name: str = ""


print(Shop.Item("pen"))
