# The in-operator on tuples, constant indexing, len and equality.
VOWELS = ("a", "e", "i", "o", "u")
WEEKEND = ("Sat", "Sun")
PRIMES = (2, 3, 5, 7, 11, 13)


def count_vowels(text):
    n = 0
    for ch in text.lower():
        if ch in VOWELS:
            n += 1
    return n


for word in ["Education", "rhythm", "Queueing", "sky"]:
    print(word, count_vowels(word))

days = ["Mon", "Tue", "Sat", "Wed", "Sun", "Fri"]
for d in days:
    kind = "weekend" if d in WEEKEND else "weekday"
    print(d, kind)

for n in range(1, 16):
    if n in PRIMES:
        print(n, "small prime")
    elif n not in PRIMES and n % 2 == 0:
        print(n, "even composite")
print("len", len(PRIMES), "first", PRIMES[0], "last", PRIMES[5], "neg", PRIMES[-1])

rgb = (255, 128, 0)
print("red", rgb[0], "green", rgb[1], "blue", rgb[2])
print(128 in rgb, 64 in rgb, 64 not in rgb)
gray = (rgb[0] + rgb[1] + rgb[2]) // 3
print("gray", (gray, gray, gray))

palette = [(255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 128, 0)]
print(rgb in palette, (1, 2, 3) in palette)
print(palette.index((0, 0, 255)), palette.count((255, 0, 0)))
print((1, 2) == (1, 2), (1, 2) == (2, 1), (1, "a") == (1, "a"))

board = (("x", "o", "x"), ("o", "x", "o"), ("o", "x", "x"))
print(board)
winner = "none"
for row in board:
    if row[0] == row[1] == row[2]:
        winner = row[0]
if board[0][0] == board[1][1] == board[2][2]:
    winner = board[1][1]
print("winner", winner)
print(len(board), len(board[0]), "x" in board[0], ("o", "x", "o") in board)
