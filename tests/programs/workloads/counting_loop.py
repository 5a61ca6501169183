# A tight 10-million-iteration counting loop.
def count_up(limit):
    i = 0
    hits = 0
    while i < limit:
        if i & 1023 == 0:
            hits += 1
        i += 1
    return hits


def main():
    limit = 10000000
    print("counting to", limit)
    hits = count_up(limit)
    print("multiples of 1024 seen:", hits)
    print("expected:", (limit + 1023) // 1024)
    total = 0
    for k in range(1, 11):
        total += k
    print("check sum 1..10:", total)


if __name__ == "__main__":
    main()
