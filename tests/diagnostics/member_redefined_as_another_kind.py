# expect: 11:5: error: 'Sub.fmt' is a static method but 'Base.fmt' is a method: a member redefined as another kind of member is not supported yet
class Base:
    def show(self, x):
        return self.fmt(x)

    def fmt(self, x):
        return f"base:{x}"

class Sub(Base):
    @staticmethod
    def fmt(x):
        return f"sub:{x}"

print(Sub().show(2))
