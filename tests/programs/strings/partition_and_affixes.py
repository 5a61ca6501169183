# partition/rpartition, startswith/endswith with tuples and ranges, find/count/index ranges, removeprefix/suffix.
s = "hello world, hello pyzc"
print(s.find("hello", 1), s.rfind("hello", 0, 10), s.count("l", 3), s.count("l", -5), s.count("", 2, 5))
print(s.find("", 30), s.find("", 23), s.find("o", None, 5), s.find("o", -3, None), s.rfind("o", 100, 200))
print(s.index("o", 5), s.rindex("o"), s.rindex("hello", 0, 12), s.count("hello", 0, 5), s.count("hello", 0, 4))
print(s.startswith(("x", "he")), s.endswith(("zc", "q")), s.startswith("world", 6), s.endswith("hello", 0, 5))
print(s.startswith("", 23), s.startswith("", 24), s.endswith("", -1), s.startswith("pyzc", -4))
prefixes = ("hello", "bye")
print(s.startswith(prefixes, 13), s.startswith(prefixes, 14), s.endswith(("world", "earth"), 0, 11))
word = "é日本語"
print(word.startswith("日", 1), word.find("本", -2), word.rfind("語", 0, 3), word.count("日", 1, 2), word.index("語", 1))
print(s.partition(", "), s.rpartition("hello"), s.partition("zz"), s.rpartition("zz"))
head, sep, tail = "key=value=x".partition("=")
print(head, sep, tail)
rest, _, last = "a.b.c".rpartition(".")
print(rest, last)
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "abc".removesuffix(""), "abc".removeprefix("x"))
print("日本語".removeprefix("日"), "日本語".removesuffix("本語"), "aaa".removeprefix("a"))

config = ["# comment", "name = pyzc", "  version=1.2 ", "empty =", "bad line", "path = /usr/local=bin"]
settings = {}
for line in config:
    line = line.strip()
    if line.startswith(("#", ";")) or "=" not in line:
        continue
    key, _, value = line.partition("=")
    settings[key.strip()] = value.strip()
print(settings)

files = ["main.py", "README.md", "lib.pyc", "notes.txt", "setup.cfg", "test_main.py"]
print([f for f in files if f.endswith((".py", ".cfg"))])
print([f.removesuffix(".py") for f in files if f.startswith("test_") and f.endswith(".py")])
urls = ["https://example.com/a", "http://x.org", "ftp://files", "example.com"]
for u in urls:
    scheme, found, rest = u.partition("://")
    print(scheme if found else "-", rest if found else u, u.find("/", 8), u.count("."))

for i in range(4):
    try:
        if i == 0:
            print("abc".partition(""))
        elif i == 1:
            print("abc".rpartition(""))
        elif i == 2:
            print("abc".rindex("z"))
        else:
            print("abc".index("c", 0, 2))
    except ValueError as e:
        print(i, "ValueError:", e)
