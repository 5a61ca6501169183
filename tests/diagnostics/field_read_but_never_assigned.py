# expect: 7:7: error: 'Box' object has no attribute 'missing'
class Box:
    def __init__(self):
        self.n = 1


print(Box().missing)
other = Box()
other.elsewhere = 2
