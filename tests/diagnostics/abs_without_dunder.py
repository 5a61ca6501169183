# expect: 4:11: error: bad operand type for abs(): 'Plain'
class Plain:
    pass
print(abs(Plain()))
