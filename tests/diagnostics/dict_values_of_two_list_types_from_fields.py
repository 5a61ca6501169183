# expect: 8:40: error: a dict holds one key type and one value type; this entry differs (str: list[int]), earlier ones are str: list[str]
class Item:
    def __init__(self, name):
        self.name = name


items = [Item("pen"), Item("book")]
d = {"items": [i.name for i in items], "n": [len(items)]}
print(d)
