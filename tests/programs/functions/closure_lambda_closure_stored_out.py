handlers = []


def register(k):
    handlers.append(lambda x: x + k)


register(1)
print(len(handlers))
