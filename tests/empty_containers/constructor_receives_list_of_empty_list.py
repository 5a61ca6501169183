class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def add_row(self, r):
        self.rows.append(r)
m = Matrix([])
m.add_row([1.5, 2.5])
m2 = Matrix([[]])
m2.rows[0].append(3.5)
print(m.rows, m2.rows)
