# expect: 3:8: error: a tuple[bool, int | None] as a dict key or set item is not supported yet (None, or None among its items)
# CPython hashes None (3.11: by its address): not "unhashable", only not supported yet.
seen = {(True, None), (False, 1)}
print(len(seen))
