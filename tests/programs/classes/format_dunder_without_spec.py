# An object whose class defines __format__ is formatted by it with an empty spec too: f"{m}", format(m),
# "{}".format(m) call __format__(""); str(), print() and !s/!r do not.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        return format("$%.2f" % (self.cents / 100), spec)

    def __repr__(self):
        return "Money(%d)" % self.cents


class Label:
    def __init__(self, text):
        self.text = text

    def __format__(self, spec):
        return "<" + self.text + ">" if spec == "" else format(self.text, spec)

    def __str__(self):
        return format(self, "")  # object.__format__ would call str(): here __format__ is the class's own


m = Money(1234)
print(f"{m}", format(m), "{}".format(m), "{0}|{0:>9}".format(m), format(m, ""), f"{m:>10}|")
print(m, str(m), repr(m), f"{m!r}", f"{m!s}", "%s" % m)
lab = Label("hi")
print(f"{lab}", str(lab), lab, f"{lab:*^6}", "[{}]".format(lab))
