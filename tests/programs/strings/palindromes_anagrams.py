# Palindrome and anagram checks over lists of phrases.
def normalize(s):
    out = ""
    for ch in s.lower():
        if ch.isalpha() or ch.isdigit():
            out += ch
    return out


def is_palindrome(s):
    t = normalize(s)
    i = 0
    j = len(t) - 1
    while i < j:
        if t[i] != t[j]:
            return False
        i += 1
        j -= 1
    return True


def sorted_letters(s):
    letters = []
    for ch in normalize(s):
        letters.append(ch)
    letters.sort()
    return "".join(letters)


phrases = ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", "No lemon, no melon", "abcba1", "12321", ""]
for p in phrases:
    print(is_palindrome(p), "|", normalize(p), "|", normalize(p)[::-1])
pairs_a = ["listen", "Dormitory", "The eyes", "apple", "Astronomer"]
pairs_b = ["silent", "dirty room", "They see", "paple", "Moon starer"]
for a, b in zip(pairs_a, pairs_b):
    sa = sorted_letters(a)
    sb = sorted_letters(b)
    print(a, "/", b, "->", sa, sb, sa == sb)
longest = ""
word = "forgeeksskeegfor"
for i in range(len(word)):
    for j in range(i + 1, len(word) + 1):
        sub = word[i:j]
        if len(sub) > len(longest) and sub == sub[::-1]:
            longest = sub
print("longest palindromic substring:", longest)
