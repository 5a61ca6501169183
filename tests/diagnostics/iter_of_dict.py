# expect: 3:11: error: iter() of a dict[str, int] is not supported yet (lists and strs only)
d = {"a": 1}
it = iter(d)
