# Grouping with d.setdefault(k, []).append(x) and lists as dict values.
words = ["apple", "avocado", "banana", "blueberry", "cherry", "cranberry",
         "apricot", "beet", "carrot", "date", "cabbage"]

by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
for letter, group in by_letter.items():
    print(letter, len(group), sorted(group))

by_length = {}
for w in words:
    by_length.setdefault(len(w), []).append(w)
for n in sorted(by_length):
    print(n, by_length[n])

sales = [("north", 120), ("south", 80), ("north", 45), ("east", 200),
         ("south", 30), ("east", 15), ("west", 60), ("north", 5)]
per_region = {}
for region, amount in sales:
    per_region.setdefault(region, []).append(amount)
print(per_region)
for region in sorted(per_region):
    amounts = per_region[region]
    print(f"{region:<6} n={len(amounts)} sum={sum(amounts)} max={max(amounts)}")

anagrams = {}
for w in ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]:
    key = "".join(sorted(w))
    anagrams.setdefault(key, []).append(w)
for key, group in anagrams.items():
    if len(group) > 1:
        print(key, "->", group)

students = [("ann", 90), ("ben", 72), ("cat", 85), ("dan", 58), ("eve", 99), ("fay", 72)]
bands = {}
for who, score in students:
    if score >= 90:
        band = "A"
    elif score >= 80:
        band = "B"
    elif score >= 70:
        band = "C"
    else:
        band = "F"
    bands.setdefault(band, []).append(who)
for band in sorted(bands):
    print(band, bands[band])
bands["A"].append("zoe")
print(bands["A"], len(bands))
