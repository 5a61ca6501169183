# `cur.extend(prev)` where prev is never given an item: prev's items are cur's (strs), not the
# ints a list of no known item type defaults to; the C compiler refused the emitted code (a pyzc
# bug the fuzzer's framelist shape found, seeds 3039 and 3047).


def steps(n, k):
    out = []
    prev = []
    cur = []
    for i in range(n):
        cur = []
        for j in range(k):
            cur.append(str(i) + "." + str(j * k))
        cur.sort()
        cur.extend(prev)
        out.append(",".join(cur) + ":" + str(prev[-2:]))
    return out, prev[:4], cur[-3:]


print(steps(3, 2))
never = []
words = ["a", "b"]
words.extend(never)
words += never
print(words, never, len(never))
