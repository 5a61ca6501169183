# expect: 14:21: error: reversed() of a 'Stack' object (through its __reversed__) is not supported yet
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def __reversed__(self):
        return reversed(self.items)


s = Stack()
print(list(reversed(s)))
