# Exercise print with sep= and end= in various combinations.
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("x", 1, 2.5, True, sep=" | ")
print("no newline", end="")
print(" -> continued")
print("dots", end="...")
print("done")
for i in range(5):
    print(i, end=" ")
print()
for i in range(1, 4):
    print(i, i * i, i * i * i, sep="\t")
print("first", "second", sep="\n")
print("", end="")
print("empty end then this")
word = "abc"
for ch in word:
    print(ch, end="-")
print("|")
print(1, 2, 3, sep="+", end=" = ")
print(1 + 2 + 3)
print()
print("line after blank")
print("mixed", 3, 4.0, False, "end", sep="")
count = 0
while count < 3:
    print("count", count, sep=":", end=";")
    count += 1
print("")
print("sep with empty strings", "", "", sep="#")
