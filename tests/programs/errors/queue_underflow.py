# Serving customers from a queue with pop(0) until it runs dry.
def serve(queue, rounds):
    served = []
    for r in range(rounds):
        name = queue.pop(0)
        served.append(name)
        print("round", r, "served", name, "waiting", queue)
    return served


def simulate():
    queue = ["amy", "bo", "cy"]
    queue.append("dee")
    print("first batch:", serve(queue, 2))
    queue.insert(0, "vip")
    print("second batch:", serve(queue, 3))
    print("third batch:", serve(queue, 2))


simulate()
