# Removing duplicates with set(list) while keeping counts and first-seen order.
log_lines = [
    "GET /index.html 200", "GET /about.html 200", "POST /login 302",
    "GET /index.html 200", "GET /missing 404", "GET /about.html 200",
    "POST /login 401", "GET /index.html 304", "GET /missing 404",
]
paths = [line.split()[1] for line in log_lines]
print(paths)
unique_paths = set(paths)
print("unique", len(unique_paths), "of", len(paths))
print(sorted(unique_paths))

codes = [int(line.split()[2]) for line in log_lines]
unique_codes = sorted(set(codes))
print("codes", unique_codes)
errors = set([c for c in codes if c >= 400])
print("error codes", sorted(errors))

first_order = []
seen = set()
for p in paths:
    if p not in seen:
        seen.add(p)
        first_order.append(p)
print("first-seen order", first_order)

nums = [5, 3, 5, 1, 3, 3, 8, 1, 0, 8]
dedup = set(nums)
print(dedup, len(nums) - len(dedup), "duplicates removed")
print(sum(dedup), max(dedup), min(dedup))

dupes = set()
once = set()
for n in nums:
    if n in once:
        dupes.add(n)
    else:
        once.add(n)
print("repeated values", sorted(dupes), "singletons", once - dupes)

sentence = "It was the best of times it was the worst of times"
lowered = [w.lower() for w in sentence.split()]
vocab = set(lowered)
print(len(lowered), "words,", len(vocab), "distinct")
print(sorted(vocab))
ratio = len(vocab) / len(lowered)
print(f"lexical diversity {ratio:.3f}")
