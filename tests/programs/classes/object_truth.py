# the truth of an object: its __bool__, else its __len__ (ValueError when negative), else true; None is false
class Agenda:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
class Plain:
    pass
class Sub(Agenda):
    pass
a = Agenda()
print(bool(a), not a, "yes" if a else "no")
a.items.append(3)
s = Sub()
print(bool(a), bool(s), bool(Flag(True)), bool(Flag(False)), bool(Plain()))
while a:
    a.items.pop()
    print("popped", len(a))
x = Flag(False) or Flag(True)
print(x.on, (a or Agenda()).items)
m = None
if len(a.items) > 3:
    m = Agenda()
print(bool(m), [f.on for f in [Flag(True), Flag(False)] if f])
class Neg:
    def __len__(self):
        return -1
try:
    if Neg():
        print("?")
except ValueError as e:
    print("ValueError", e)
