# Small helper functions composing strings, called in chains.
def surround(s, left="[", right="]"):
    return left + s + right


def capitalize_word(w):
    if w == "":
        return w
    return w[0].upper() + w[1:].lower()


def title_case(s):
    words = s.split(" ")
    out = []
    for w in words:
        out.append(capitalize_word(w))
    return " ".join(out)


def snake_to_camel(name):
    parts = name.split("_")
    result = parts[0].lower()
    for p in parts[1:]:
        result += capitalize_word(p)
    return result


def camel_to_snake(name):
    out = ""
    for ch in name:
        if "A" <= ch <= "Z":
            out += "_" + ch.lower()
        else:
            out += ch
    return out


def indent(text, level, unit="  "):
    return unit * level + text


print(surround("x"))
print(surround("x", "<", ">"))
print(surround(surround("core"), left="{", right="}"))
print(title_case("the old man and the sea"))
print(title_case("hELLO wORLD"))
for name in ["user_id", "http_response_code", "x", "already"]:
    camel = snake_to_camel(name)
    back = camel_to_snake(camel)
    print(name, "->", camel, "->", back, back == name)
lines = ["root", "child", "grandchild", "child2"]
levels = [0, 1, 2, 1]
for line, lv in zip(lines, levels):
    print(indent(line, lv))
    print(indent(line, lv, unit="--"))
print(indent(surround(title_case("deep value"), "(", ")"), 3, "."))
