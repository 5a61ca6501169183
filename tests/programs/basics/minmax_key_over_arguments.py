# max(a, b, key=f) and min(a, b, c, key=f): the arguments ranked as an iterable's items, the first of equals winning.
def score(word):
    return len(word)


print(max("apple", "fig", key=score), min("apple", "fig", "kiwi", key=len))
print(max(3, -7, 5, key=abs), min(-2, 2, key=abs), max(2, -2, key=abs))
print(max("b", "a", "c", key=lambda s: -ord(s)))
a, b = (1, 9), (2, 3)
print(max(a, b, key=lambda p: p[1]), min(a, b, key=lambda p: p[0] * p[1]))


class Box:
    def __init__(self, name, size):
        self.name = name
        self.size = size


small, big = Box("small", 2), Box("big", 7)
print(max(small, big, key=lambda x: x.size).name, min(big, small, key=lambda x: x.size).name)
