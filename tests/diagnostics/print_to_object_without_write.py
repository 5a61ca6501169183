# expect: 6:17: error: 'Sink' object has no attribute 'write'
class Sink:
    pass


print("x", file=Sink())
