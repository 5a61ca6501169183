def acc(state):
    state[0].append("s")
    state[1].append(1.5)
    return state
print(acc(([], [])))
