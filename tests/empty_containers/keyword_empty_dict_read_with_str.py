def combine(seed, mapping):
    if 'cat' in mapping:
        del mapping['cat']
    return seed + len(mapping)
print(combine(mapping={}, seed=3))
