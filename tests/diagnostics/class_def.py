# expect: 2:1: error: class definitions are not supported yet
class Point:
    pass
