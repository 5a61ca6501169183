# @property getters computed from fields, used like attributes.
class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height

    @property
    def area(self):
        return self.width * self.height

    @property
    def perimeter(self):
        return 2 * (self.width + self.height)

    @property
    def is_square(self):
        return self.width == self.height

    def scale(self, k):
        self.width *= k
        self.height *= k


class Employee:
    def __init__(self, first, last, salary):
        self.first = first
        self.last = last
        self.salary = salary

    @property
    def full_name(self):
        return self.first + " " + self.last

    @property
    def email(self):
        return (self.first[0] + self.last).lower() + "@example.com"

    @property
    def monthly(self):
        return round(self.salary / 12, 2)

    def raise_pct(self, pct):
        self.salary = self.salary + self.salary * pct // 100


r = Rectangle(3, 4)
print(r.area, r.perimeter, r.is_square)
r.scale(2)
print(r.width, r.height, r.area, r.perimeter)
r.width = 8
print("after width change", r.area, r.is_square)
rects = [Rectangle(2, 5), Rectangle(3, 3), Rectangle(1, 9), Rectangle(4, 4)]
print("areas", [x.area for x in rects])
print("squares", [x.width for x in rects if x.is_square])
largest = rects[0]
for x in rects:
    if x.area > largest.area:
        largest = x
print("largest", largest.width, "x", largest.height)

staff = [Employee("Grace", "Hopper", 120000), Employee("Alan", "Turing", 95000),
         Employee("Edsger", "Dijkstra", 101000)]
for e in staff:
    print(f"{e.full_name:<16} {e.email:<22} {e.salary:>7} {e.monthly:>10.2f}")
staff[1].raise_pct(10)
staff[2].last = "Knuth"
for e in staff:
    print(e.full_name, e.email, e.salary, e.monthly)
payroll = 0
for e in staff:
    payroll += e.salary
print("payroll", payroll)
