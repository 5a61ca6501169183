# A tokenizer written as a state machine with integer states.
START = 0
IN_NUMBER = 1
IN_WORD = 2


def kind_of(ch):
    if ch.isdigit():
        return "digit"
    if ch.isalpha() or ch == "_":
        return "letter"
    if ch == " ":
        return "space"
    return "symbol"


def tokenize(src):
    tokens = []
    state = START
    current = ""
    for ch in src + " ":
        k = kind_of(ch)
        if state == IN_NUMBER and k == "digit":
            current += ch
            continue
        if state == IN_WORD and (k == "letter" or k == "digit"):
            current += ch
            continue
        if state != START:
            tokens.append(current)
            current = ""
            state = START
        if k == "digit":
            state = IN_NUMBER
            current = ch
        elif k == "letter":
            state = IN_WORD
            current = ch
        elif k == "symbol":
            tokens.append(ch)
    return tokens


programs = ["x = 42 + y1", "total_sum=a*(b+12)-7", "if x1>=10 then go", "  3.14  "]
for p in programs:
    toks = tokenize(p)
    print(p, "->", toks)
    numbers = 0
    names = 0
    for t in toks:
        if t.isdigit():
            numbers += 1
        elif kind_of(t[0]) == "letter":
            names += 1
    print("  tokens", len(toks), "numbers", numbers, "names", names)
