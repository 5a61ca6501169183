# expect: 3:5: error: classes defined inside functions or classes are not supported yet
def make_counter_class(start):
    class Counter:
        def __init__(self):
            self.n = start
    return Counter


print(make_counter_class(3)().n)
