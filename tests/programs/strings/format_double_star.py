# "{name}".format(**d): each named field read from the mapping (KeyError for a missing one)
person = {"name": "Ada", "age": "36", "extra": "x"}
print("{name} is {age}".format(**person))
print("{name}/{name}: {0}".format(1, **person))
class P:
    def __init__(self):
        self.info = {"k": 5}
p = P()
print("k={k:>3}".format(**p.info))
try:
    print("{missing}".format(**person))
except KeyError as e:
    print("KeyError:", e)
