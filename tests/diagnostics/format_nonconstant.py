# expect: 4:7: error: str.format() on a format string that is not a constant is not supported yet; use an f-string
template = "{} and {}"
template = template.upper()
print(template.format(1, 2))
