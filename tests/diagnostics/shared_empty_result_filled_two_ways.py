# expect: 8:1: error: variable 'b' is list[float] but is assigned a list[str] here; a variable must keep one type
def make():
    return []


a = make()
a.append("s")
b = make()
b.append(1.5)
print(a, b)
