# expect: 2:9: error: str.maketrans() is not supported yet
table = str.maketrans("ab", "xy")
print("aabb".translate(table))
