# expect: 7:7: error: builtin 'vars' is not supported yet
class Point:
    def __init__(self):
        self.x = 1


print(vars(Point()))
