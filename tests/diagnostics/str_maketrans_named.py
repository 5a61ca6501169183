# expect: 3:9: error: str.maketrans() is not supported yet
pair = ("ab", "xy")
table = str.maketrans(*pair)
print("aabb".translate(table))
