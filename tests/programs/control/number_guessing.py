# Binary-search number guessing game played against fixed secrets.
def play(secret, low, high):
    guesses = 0
    lo = low
    hi = high
    while lo <= hi:
        guess = (lo + hi) // 2
        guesses += 1
        if guess == secret:
            print("  guess", guess, "correct after", guesses)
            return guesses
        elif guess < secret:
            print("  guess", guess, "too low")
            lo = guess + 1
        else:
            print("  guess", guess, "too high")
            hi = guess - 1
    print("  secret not in range")
    return -1


secrets = [1, 50, 73, 100, 37, 101]
total = 0
worst = 0
for s in secrets:
    print("secret", s)
    g = play(s, 1, 100)
    if g > 0:
        total += g
        if g > worst:
            worst = g
print("total guesses", total, "worst", worst)
print("average", total / 5)
