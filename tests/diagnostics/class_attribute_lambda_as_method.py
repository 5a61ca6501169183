# expect: 6:7: error: calling the class attribute 'area' through a 'Square' object (a function in a class body called as a method) is not supported yet; define it with def
class Square:
    area = lambda self: self.side ** 2


print(Square().area())
