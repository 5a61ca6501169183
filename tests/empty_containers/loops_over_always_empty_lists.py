xs = []
for x in xs:
    print(x)
print([y for y in xs])
grid = [[]]
print([[c for c in row] for row in []])
