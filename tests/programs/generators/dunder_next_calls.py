# it.__next__() and it.__iter__() called by name: as next(it) and iter(it), on list iterators, objects and generators
def getnext(it):
    try:
        return it.__next__()
    except StopIteration:
        return None
xs = iter([1, 2])
print(getnext(xs), getnext(xs), getnext(xs))
class Count:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
c = Count()
it = c.__iter__()
print(it.__next__(), next(it))
def gen():
    yield "a"
g = gen()
print(g.__next__())
