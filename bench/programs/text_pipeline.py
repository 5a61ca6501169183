# A text pipeline: generate lines, split them into fields, filter and rewrite fields,
# join them back, count substrings and words.

WORDS = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()


def make_lines(n):
    lines = []
    state = 12345
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        k = state % 7 + 3
        fields = []
        for j in range(k):
            fields.append(WORDS[(state >> (j + 3)) % len(WORDS)])
        lines.append(str(i) + ";" + ",".join(fields) + ";" + str(state % 1000))
    return lines


def rewrite(lines):
    out = []
    for line in lines:
        ident, words, score = line.split(";")
        parts = words.split(",")
        kept = [w.upper() if len(w) > 4 else w for w in parts if w != "eta"]
        out.append("|".join([ident.zfill(7), " ".join(kept), score.rjust(4)]))
    return out


def main():
    lines = make_lines(300_000)
    rows = rewrite(lines)
    text = "\n".join(rows)
    print(len(text), text.count("ALPHA"), text.count("mu"), text.count("\n"))
    total = 0
    longest = ""
    for row in text.splitlines():
        fields = row.split("|")
        total += int(fields[2])
        words = fields[1].split()
        if len(fields[1]) > len(longest):
            longest = fields[1]
        total += len(words)
    print(total, longest)
    print(rows[0])
    print(rows[-1])


main()
