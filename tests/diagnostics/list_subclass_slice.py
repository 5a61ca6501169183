# expect: 6:7: error: slicing a 'Stack' object (its __getitem__ given a slice) is not supported yet
class Stack(list):
    pass
s = Stack()
s.append(1)
print(s[1:])
