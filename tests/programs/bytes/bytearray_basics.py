# bytearray: constructors, item assignment, append/extend/pop, reads shared with bytes
ba = bytearray(b"hello")
ba[0] = ord("j")
ba[-1] = 0x21
print(ba, len(ba), ba[0], ba[1:3], repr(ba), str(ba))
ba.append(65)
ba.extend(b"xyz")
ba.extend(bytearray(b"!!"))
ba.extend([1, 2])
print(ba, ba.pop(), ba)
print(bytearray(), bytearray(3), bytearray([1, 255]), bytearray(bytes(2)), bytes(ba), bytes(bytearray(b"q")))
grid = bytearray(b"#..#")
copy = bytearray(grid)
copy[1] = ord("@")
print(grid, copy, grid == copy, grid == b"#..#", b"#..#" == grid, grid != copy, grid < copy)
print(ord("@") in copy, b".#" in grid, [c for c in grid], sum(grid))
print(ba.decode("latin-1"), grid.hex(), grid.find(b"."), grid.count(b"."), grid.startswith(b"#"))
print(grid + b"+", b"+" + grid, grid + grid)
if grid:
    print("non-empty", bool(bytearray()))
d = {bytes(grid): 1}
print(d)
for bad in (256, -1):
    try:
        ba[0] = bad
    except ValueError as e:
        print("ValueError:", e)
    try:
        ba.append(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ba[100] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    print(ba[100])
except IndexError as e:
    print("IndexError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    bytearray([300])
except ValueError as e:
    print("ValueError:", e)
alias = grid
grid += b"!"
grid[0] += 1
alias.extend(grid)
print(grid, alias)


def maybe(n: int):
    if n > 0:
        return b"ok"
    return None


for n in (1, 0):
    try:
        print(bytearray(maybe(n)), bytes(maybe(n)))
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(grid, bytearray), isinstance(grid, bytes), isinstance(b"", bytes))
print(grid * 2, 2 * bytearray(b"-"), bytearray(b"ok").decode(encoding="ascii"))
