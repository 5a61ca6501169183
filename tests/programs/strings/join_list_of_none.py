# sep.join of a list made of None and filled with strs later; of an empty one; of one holding None
txt = [None] * 3
for n in range(3):
    txt[n] = chr(65 + n)
print("".join(txt))
empty = [None] * 0
print(repr("".join(empty)))
try:
    print("-".join([None]))
except TypeError as e:
    print(e)
