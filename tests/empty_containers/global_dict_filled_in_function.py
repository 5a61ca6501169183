cache = {}
def put(k, v):
    cache[k] = v
def get_all():
    return cache
put("a", (1, 2))
print(get_all())
