# expect: 4:9: error: variable 'grid' is str but is assigned a list[str] here; a variable must keep one type
def parse(grid, strict):
    if strict:
        grid = [c for c in grid if c != "."]
    return grid


print(parse("1.2", True))
