# expect: 7:5: error: 'Tri.sides' is a property but 'Shape.sides' is a class attribute or field: a member redefined as another kind of member is not supported yet
class Shape:
    sides = 0

class Tri(Shape):
    @property
    def sides(self):
        return 3

print(Tri().sides)
