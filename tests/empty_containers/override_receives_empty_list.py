class Base:
    def add(self, xs, v):
        xs.append(v)
        return xs
class Child(Base):
    def add(self, xs, v):
        xs.append(v)
        xs.append(v)
        return xs
def run(o):
    return o.add([], "k")
print(run(Base()), run(Child()))
