# expect: 8:27: error: **opts may fill the parameter 'color' of __init__() (str by its default) with one of its values, which are int: a dict passed with ** whose values have another type than the parameters it fills is not supported yet
class Widget:
    def __init__(self, name, width=10, color="grey"):
        self.name, self.width, self.color = name, width, color


def make(name, **opts):
    return Widget(name, **opts)


print(make("b", width=3).width)
