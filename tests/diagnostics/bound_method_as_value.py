# expect: 8:8: error: using the method 'Counter.bump' as a value is not supported yet; call it
class Counter:
    def bump(self, n):
        return n + 1


c = Counter()
step = c.bump
print(step(1))
