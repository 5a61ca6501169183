# sep.join(generator) over a container nothing is ever stored in: the items have no type, and
# lowering once evaluated the generator as a value (an internal error); now it is an empty join
def render(attrs, names):
    inner = " ".join(k + "=" + v for k, v in attrs.items())
    listed = ",".join(n.upper() for n in names)
    return "[" + inner + "|" + listed + "]"


print(render({}, []))
print(len(" ".join(str(x) for x in [])))
