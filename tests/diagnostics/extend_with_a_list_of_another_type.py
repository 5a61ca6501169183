# expect: 6:1: error: cannot extend a list[int] with float items: not supported yet (a list keeps one item type; a display of them, `xs += [...]`, is made with the wider items)
# A display of wider items is made with the list's wider items; a list made elsewhere holds its own
# type and is not converted.
xs = [1, 2]
ys = [0.5, 1.5]
xs += ys
print(xs)
