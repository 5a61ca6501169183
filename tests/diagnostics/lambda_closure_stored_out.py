# expect: 6:21: error: '<lambda>' reads 'k', a variable of the function that defines it; passing, returning or storing it outside that function is not supported yet
handlers = []


def register(k):
    handlers.append(lambda x: x + k)


register(1)
print(len(handlers))
