# Indexing a string past its end raises IndexError.
def char_at(s, i):
    return s[i]


def initials(names):
    out = ""
    for n in names:
        out += char_at(n, 0)
    return out


def second_letters(names):
    out = ""
    for n in names:
        print("  taking second letter of", n)
        out += char_at(n, 1)
    return out


names = ["Grace", "Alan", "Edsger", "Barbara", "K", "Linus"]
print("initials:", initials(names))
print("last letters:", "".join(char_at(n, -1) for n in names))
print("second letters:", second_letters(names))
print("unreachable")
