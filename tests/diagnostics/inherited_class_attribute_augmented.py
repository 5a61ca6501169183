# expect: 6:1: error: assigning the class attribute 'n' of 'B', which it inherits from 'A', is not supported yet (it would give 'B' its own)
class A:
    n = 0
class B(A):
    pass
B.n += 5
print(A.n, B.n)
