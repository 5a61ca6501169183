# A comprehension in a class body iterates a class attribute: its first iterable is evaluated in the body.
class Levels:
    base = [1, 2, 3]
    doubled = [x * 2 for x in base]
    lengths = {k: len(k) for k in ["ab", "c"]}
    big = sum(v for v in base if v > 1)
    odd = {v for v in doubled if v % 4}


print(Levels.doubled, Levels.lengths, Levels.big, Levels.odd, Levels().doubled)
