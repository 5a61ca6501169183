def connect(host, port=80, *, timeout=1.5, retries=3):
    return f"{host}:{port} t={timeout} r={retries}"


def log(msg, **extra):
    return msg + " " + " ".join(f"{k}={v}" for k, v in extra.items())


opts = {"port": 8080, "retries": 5}
print(connect("a", **opts))
print(connect(**{"host": "b"}))
tags = {"user": "ann", "id": "7"}
print(log("hi", **tags))
print(log(**{"msg": "only"}))


def forward(f, *args, **kwargs):
    return f(*args, **kwargs)


print(forward(connect, "c", timeout=0.5))
print(forward(connect, "d", 1))

def greet(name, greeting="hi", *, punct="!"):
    return greeting + " " + name + punct


bad = [{"name": "x", "colour": "red"}, {"greeting": "yo"}, {"name": "y", "punct": "?"}, {}]
for d in bad:
    try:
        print(greet(**d))
    except TypeError as e:
        print("TypeError:", e)
for d in bad:
    try:
        print(greet("z", **d))
    except TypeError as e:
        print("TypeError:", e)
try:
    dup = {"greeting": "w"}
    print(greet("z", greeting="a", **dup))
except TypeError as e:
    print("TypeError:", e)


def three(a, b, c):
    return a + b + c


for d3 in [{"a": 1}, {"b": 1, "c": 2, "a": 3}]:
    try:
        print(three(**d3))
    except TypeError as e:
        print("TypeError:", e)


class Shape:
    def __init__(self, w, h=1):
        self.w = w
        self.h = h

    def area(self, scale=1):
        return self.w * self.h * scale


dims = {"w": 3, "h": 4}
s = Shape(**dims)
print(s.area(**{"scale": 2}), Shape(**{"w": 5}).area())
