# Set comprehensions for residues, multiples and character classes.
residues = {n * n % 7 for n in range(20)}
print("quadratic residues mod 7", residues)
residues11 = {n * n % 11 for n in range(1, 11)}
print("mod 11", residues11, len(residues11))

mult3 = {n for n in range(30) if n % 3 == 0}
mult5 = {n for n in range(30) if n % 5 == 0}
print(sorted(mult3 & mult5), sorted(mult3 ^ mult5)[:6])

digits_used = {int(ch) for ch in "31415926535"}
print("digits", digits_used, "unused", sorted({d for d in range(10) if d not in digits_used}))

words = ["Alpha", "bravo", "Charlie", "delta", "Echo", "foxtrot"]
initials = {w[0].lower() for w in words}
print(sorted(initials))
capitalised = {w for w in words if w[0].isupper()}
print(sorted(capitalised))
lengths = {len(w) for w in words}
print(lengths)

pairs = {(a, b) for a in range(1, 5) for b in range(1, 5) if a < b}
print(sorted(pairs), len(pairs))
sums = {a + b for a, b in pairs}
print("pair sums", sums)

text = "the rain in spain falls mainly on the plain"
letters = {ch for ch in text if ch != " "}
print(len(letters), "".join(sorted(letters)))
vowels = {ch for ch in letters if ch in "aeiou"}
print("vowels", sorted(vowels), "consonants", len(letters - vowels))

def divisors(n):
    return {d for d in range(1, n + 1) if n % d == 0}


for n in [12, 18, 7]:
    print(n, sorted(divisors(n)))
print("common divisors of 12 and 18:", sorted(divisors(12) & divisors(18)))
print("perfect numbers under 500:", [n for n in range(2, 500) if sum(divisors(n)) - n == n])
