# expect: 4:16: error: functools.partial() of the builtin print() is not supported yet (wrap it in a lambda or a def)
from functools import partial

show = partial(print, "item:", end="!\n")
show(3)
