# expect: 7:7: error: 'Point' object has no attribute 'z'
class Point:
    def __init__(self, x):
        self.x = x


print(Point(1).z)
