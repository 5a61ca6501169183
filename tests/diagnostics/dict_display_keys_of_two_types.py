# expect: 4:36: error: a dict holds one key type and one value type; this entry differs (int: int), earlier ones are str: int
# A display whose keys have two types: the key's type conflicts before the value is typed
# (this once raised a KeyError inside pyzc instead of the diagnostic).
limits = {"cpu": 4, "memory": 512, 3: 9}
print(limits)
