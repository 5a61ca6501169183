# expect: 5:7: error: the attribute 'LIMIT' of a class used as a value is not supported yet (__name__ is)
class A:
    LIMIT = 3
k = A
print(k.LIMIT)
