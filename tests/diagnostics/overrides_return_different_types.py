# expect: 14:11: error: the overrides of 'label' return different types (str and int); a call must have one type
class Base:
    def label(self):
        return "base"


class Numbered(Base):
    def label(self):
        return 7


items = [Base(), Numbered()]
for it in items:
    print(it.label())
