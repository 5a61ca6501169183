# Allocates and drops about 10 GB of short-lived lists and strings; only a little stays alive
# at any time.  tests/test_memory.py checks that the compiled program's peak RSS stays under
# 100 MB.  `bytes` counts only the payload (8 bytes per list item, 1 per ASCII char), so the
# real total allocated is larger than the figure printed.
def churn(rounds):
    payload = 0
    keep = []
    for r in range(rounds):
        xs = [i * r for i in range(1500)]
        big = [r] * (5000 + r % 3000)
        s = ("ab" * 700) + str(r)
        words = s[:400].split("b")
        line = "-".join(words[:50])
        payload += 8 * len(xs) + 8 * len(big) + len(s) + 4 * len(words) + len(line)
        if r % 10000 == 0:
            keep.append(line[:10])
        if len(keep) > 20:
            keep = keep[10:]
    return payload, len(keep)


def main():
    total = 0
    rounds = 0
    while total < 10_000_000_000:
        payload, kept = churn(20000)
        total += payload
        rounds += 1
    print("rounds", rounds, "kept", kept)
    print("payload GB", total // 1_000_000_000)


main()
