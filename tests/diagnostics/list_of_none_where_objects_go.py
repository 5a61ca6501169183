# expect: 8:1: error: a list[None] is used where a list[V] is (its None items would be objects); pyzc cannot change a container's item type: make it with an object or start it empty
class V:
    pass


a = [None]
b = [V()]
b = a
print(len(b))
