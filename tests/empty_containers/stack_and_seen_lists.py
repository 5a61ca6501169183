def dfs(start):
    stack = [start]
    seen = []
    while stack:
        n = stack.pop()
        seen.append(n)
        if len(n) < 3:
            stack.append(n + "a")
    return seen
print(dfs(""))
