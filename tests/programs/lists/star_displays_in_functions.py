# starred items in displays inside functions of several instances, of generators, of tuples of known length
def gen(n):
    for i in range(n):
        yield i * i
def wrap(xs):
    return [*xs, 0]
print(wrap([1, 2]), wrap([1.5]), wrap(range(2)))
print([*gen(3)], (*gen(2),), {*gen(3)})
def ends(t):
    return (*t, t[0])
print(ends((1, 2)), ends(("a", "b", "c")))
opt = [None, 1]
print([*opt, None])
args = (1, 2)
kw = {"sep": "-"}
print(*args, *[3, 4])
def total(*nums):
    return sum(nums)
print(total(*[*args, 3]))
matrix = [[1, 2], [3, 4]]
flat = [*matrix[0], *matrix[1]]
print(flat, [*zip(*matrix)])
