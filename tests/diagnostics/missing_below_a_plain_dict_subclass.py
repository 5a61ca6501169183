# expect: 10:5: error: the special method __missing__ is not supported yet: pyzc would not call it where CPython does
# A dict subclass's __missing__ is called by the __getitem__ pyzc gives the class deriving from dict
# when that class defines it; defined only in a subclass below, it would never be called.
class Plain(dict):
    pass


class Later(Plain):

    def __missing__(self, k):
        return 5


print(Later()["x"])
