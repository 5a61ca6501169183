# expect: 2:9: error: this list[str] is used where its items may be str | None too, but it was made elsewhere and pyzc cannot change a container's item type after it is made; make it with such items (e.g. [None, 0] or [0, 0.5]) or copy it (list(...))
words = "a b".split()
words.append(None)
print(words)
