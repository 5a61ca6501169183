# any() and all() over generator expressions for validation logic.
def valid_password(pw):
    has_digit = any(ch.isdigit() for ch in pw)
    has_alpha = any(ch.isalpha() for ch in pw)
    has_upper = any("A" <= ch <= "Z" for ch in pw)
    long_enough = len(pw) >= 8
    no_spaces = all(ch != " " for ch in pw)
    print("  digit", has_digit, "alpha", has_alpha, "upper", has_upper, "long", long_enough, "nospace", no_spaces)
    return has_digit and has_alpha and has_upper and long_enough and no_spaces


def is_prime(n):
    return n > 1 and all(n % d != 0 for d in range(2, n) if d * d <= n)


def is_sorted(xs):
    return all(xs[i] <= xs[i + 1] for i in range(len(xs) - 1))


for pw in ["hunter2", "Hunter2hunter", "PASSWORD", "Pass word 12", "Abcdefg1"]:
    print(pw)
    print("  valid:", valid_password(pw))
print([n for n in range(30) if is_prime(n)])
print(is_sorted([1, 2, 2, 5]), is_sorted([3, 1]), is_sorted([7]), is_sorted([1.5, 2.5, 2.25]))
grid = [[1, 2, 3], [4, 0, 6], [7, 8, 9]]
print("any zero:", any(v == 0 for row in grid for v in row))
print("all rows positive sum:", all(sum(row) > 0 for row in grid))
print("any row all odd:", any(all(v % 2 == 1 for v in row) for row in grid))
print("all even-length words:", all(len(w) % 2 == 0 for w in ["ab", "abcd", "xy"]))
print("any empty:", any(w == "" for w in ["a", "b"]))
print(any(x > 10 for x in range(0)), all(x > 10 for x in range(0)))
temps = [18.5, 21.0, 19.75, 25.5]
print("all comfortable:", all(15.0 <= t <= 26.0 for t in temps))
print("any hot:", any(t > 25.0 for t in temps))
flags = [True, True, False]
print(any(f for f in flags), all(f for f in flags), all(not f for f in flags[2:]))
