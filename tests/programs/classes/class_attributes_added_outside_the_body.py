# Cls.x = value outside the class body adds a class attribute; a read before it raises CPython's AttributeError
class Config:
    size = 3

    @staticmethod
    def setup(n):
        Config.steps = n * 2
        Config.size = n


def show():
    return Config.steps + Config.size


try:
    print(show())
except AttributeError as e:
    print("AttributeError:", e)
Config.setup(5)
print(show(), Config.steps)
Config.label = "x"
print(Config.label)
