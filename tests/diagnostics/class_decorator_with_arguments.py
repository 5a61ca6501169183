# expect: 8:2: error: class decorators other than a function of this module that returns the class it is given (and @dataclass, @total_ordering) are not supported yet
def named(name):
    def deco(cls):
        return cls
    return deco


@named("a")
class A:
    pass
