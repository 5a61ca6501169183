# expect: 11:1: error: assigning the class attribute 'total' of 'Sub', which it inherits from 'Base', is not supported yet (it would give 'Sub' its own)
# pyzc assigned Base.total here: a wrong answer (CPython gives Sub an attribute of its own).
class Base:
    total = 0


class Sub(Base):
    pass


Sub.total = 5
print(Base.total, Sub.total)
