def deco(f):
    def wrapper(*args, **kwargs):
        print("call", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return wrapper

@deco
def area(w, h=2):
    return w * h

print(area(3), area(3, 4), area(3, h=5))
