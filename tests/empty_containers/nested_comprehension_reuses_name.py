grid = [["a", "b"], ["c"]]
print([[x for x in x] for x in grid])
