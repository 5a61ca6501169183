words = ["ab", "cd"]
print([[c for c in w] for w in words])
print([c for w in words for c in w])
print({w: [c for c in w] for w in words})
