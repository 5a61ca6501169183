# expect: 4:9: error: field 'Box.value' is str but is assigned a int here; a field must keep one type
class Box:
    def __init__(self):
        self.value = 0


b = Box()
b.value = "full"
print(b.value)
