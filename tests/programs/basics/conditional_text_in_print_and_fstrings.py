# A conditional expression with a str in one branch and another type in the other, printed or
# formatted: only its text is used, so each branch is made text (print's str(), the field's format).


class Cell:
    def __str__(self):
        return "cell"

    def __repr__(self):
        return "Cell()"


found = [4, 8]
missing = []
print(len(found) if found else "no path", len(missing) if missing else "no path")
for v in [3, 0, -2]:
    print(v if v > 0 else "zero" if v == 0 else "negative", end=";")
    print(f"[{v if v else 'none':>6}] [{v * 1.5 if v else 'none'!r}] {'pos' if v > 0 else v}")
c = Cell()
print(c if found else "x", f"{c if found else 'x'} {c if missing else 'x'!r} {c if found else 'x'!r:>8}|")
width = 7
print(f"{3.14159 if found else 'pi':7.3}|", width)
print(None if missing else 5, sep="-")
# !s and !r make a str first: the spec formats that str (".2" keeps two characters)
x = 3.5
print(f"{x!s:.2}|{12345!s:.3}|{x!r:>6}|{c!s:^8}|{c!r:.3}|")
# an empty spec is format(x, ''), which is str(x); None made text by !r or !s takes a spec
nothing = None
print(f"{c:}|{x:}|{nothing!r:<6}|{nothing!s:>6}|{True:>3}|{True!s:>6}|")
