import defaults_helpers as helpers
from defaults_helpers import fill
helpers.collect("a")
print(helpers.collect("b"))
print(fill([]))
def collect(x, acc=[]):
    acc.append(x * 2)
    return acc
print(collect(1), collect(2))
