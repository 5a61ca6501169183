# expect: 11:11: error: the class attribute 'size' is a int in 'A' and a str in its subclass 'B'; reading it through an object needs one type
class A:
    size = 1


class B(A):
    size = 'big'


for o in [A(), B()]:
    print(o.size)
