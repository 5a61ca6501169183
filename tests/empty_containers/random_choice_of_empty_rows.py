import random
rows = [[], []]
r = random.choice(rows)
r.append("x")
print(len(rows))
