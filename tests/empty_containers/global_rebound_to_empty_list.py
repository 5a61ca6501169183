items = []
def add(v):
    global items
    items.append(v)
def reset():
    global items
    items = []
add(1.5)
reset()
add(2.5)
print(items)
