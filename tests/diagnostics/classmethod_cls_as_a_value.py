# expect: 7:16: error: a classmethod's cls is supported in cls.name, cls.name = value, cls(...), cls.method(...) and isinstance(x, cls); as a value it is not supported yet
# pyzc printed None here (it passed a placeholder for cls): a wrong answer.
class Shape:
    @classmethod
    def kind(cls):
        print("kind")
        return cls


print(Shape.kind())
