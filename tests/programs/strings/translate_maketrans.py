# str.maketrans (two and three strs, a dict) and str.translate (code points, strs, None), with CPython's errors.
import string
t2 = str.maketrans("abc", "xyz")
t3 = str.maketrans("ab", "AB", "!?")
t1 = str.maketrans({"a": "4", "e": "3", "o": None})
t1b = str.maketrans({97: 65})
print(t2, t3, t1, t1b)
print("aabbcc!?".translate(t2), "ab!?ba".translate(t3), "hello apple".translate(t1), "banana".translate(t1b))
print("no change".translate({}), "".translate(t2))
print("a-b_c".translate({ord("-"): " ", ord("_"): None}))
print("x".translate({ord("x"): "long text"}))
rot13 = str.maketrans(string.ascii_letters, string.ascii_letters[13:26] + string.ascii_letters[:13]
                      + string.ascii_letters[39:] + string.ascii_letters[26:39])
print("Hello, World!".translate(rot13), "Hello, World!".translate(rot13).translate(rot13))
print("Ünïcödé".translate(str.maketrans("Üïöé", "Uioe")))
for bad in [("ab", "a"), ("", "x")]:
    try:
        str.maketrans(bad[0], bad[1])
    except ValueError as e:
        print("ValueError:", e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".translate({97: -1})
except ValueError as e:
    print("ValueError:", e)
class Dictionary:
    def __init__(self):
        self.words = {"hi": "hola"}
    def translate(self, w):
        return self.words.get(w, w)
d = Dictionary()
print(d.translate("hi"), d.translate("bye"), "hi".translate({104: "H"}))
