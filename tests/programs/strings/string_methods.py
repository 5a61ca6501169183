# The common str methods applied to realistic inputs.
line = "   The quick brown fox jumps over the lazy dog   "
print("[" + line + "]")
stripped = line.strip()
print("[" + stripped + "]")
print(stripped.upper())
print(stripped.lower())
words = stripped.split()
print(words, len(words))
print("-".join(words))
print(stripped.replace("fox", "cat"))
print(stripped.replace("o", "0"))
print(stripped.find("quick"), stripped.find("the"), stripped.find("zebra"))
print(stripped.count("o"), stripped.count("the"), stripped.count("The"))
print(stripped.startswith("The"), stripped.startswith("the"), stripped.endswith("dog"))
record = "alice,34,engineer,,berlin"
fields = record.split(",")
print(fields, len(fields))
for i, f in enumerate(fields):
    if f == "":
        print(i, "<empty>")
    else:
        print(i, f, f.isdigit(), f.isalpha())
path = "/usr/local/bin/python3"
parts = path.split("/")
print(parts)
print(parts[-1], "/".join(parts[:-1]))
tokens = ["42", "x1", "abc", "", "3.5", "007", "Hello"]
for t in tokens:
    print("[" + t + "]", "digit:", t.isdigit(), "alpha:", t.isalpha())
sentence = "one  two   three"
print(sentence.split(" "))
print(sentence.split())
print("a,b,,c".split(","), "".join(["x", "y", "z"]))
text = "banana"
print(text.find("an"), text.count("an"), text.replace("an", "AN"), text.count("a"))
print("Mississippi".lower().count("ss"), "MiXeD".lower(), "MiXeD".upper())
csv = " 10 , 20,30 ,  40 "
nums = []
for piece in csv.split(","):
    nums.append(int(piece.strip()))
print(nums, sum(nums))
