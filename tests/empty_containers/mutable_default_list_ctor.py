def push(x, stack=list()):
    stack.append(x)
    return stack
push("a")
print(push("b"))
print(push("c", ["z"]))
