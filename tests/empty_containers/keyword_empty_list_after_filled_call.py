def check(grid, label='tree'):
    grid.append((1, label))
    return label + str(len(grid))
print(check(grid=[(618, 'x')]))
print(check(grid=[]))
