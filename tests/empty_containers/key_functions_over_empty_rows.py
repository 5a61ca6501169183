rows = [[], ["a", "b"]]
print(max(rows, key=len), min(rows, key=len))
print(sorted([[], [2.5]], key=lambda r: len(r)))
