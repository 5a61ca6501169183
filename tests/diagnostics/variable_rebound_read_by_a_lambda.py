# expect: 4:5: error: variable 'text' is str but is assigned a list[str] here; a variable must keep one type
def words(text):
    size = lambda: len(text)
    text = text.split()
    return size()


print(words("a b c"))
