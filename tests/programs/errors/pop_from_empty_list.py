# Popping from an empty stack raises IndexError.
def push_all(stack, items):
    for it in items:
        stack.append(it)
        print("push", it, "size", len(stack))


def pop_n(stack, n):
    total = 0
    for i in range(n):
        v = stack.pop()
        total += v
        print("pop", v, "size", len(stack))
    return total


def run():
    stack = [100]
    stack.pop()
    push_all(stack, [3, 1, 4, 1, 5])
    print("popped sum:", pop_n(stack, 3))
    print("remaining:", stack)
    print("popped sum:", pop_n(stack, 3))


run()
