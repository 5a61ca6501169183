# expect: 5:7: error: 'Plain' object is not callable
class Plain:
    pass
p = Plain()
print(p(1))
