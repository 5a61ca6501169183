# Run-length encoding into (value, count) tuples and decoding back.
def encode(text):
    runs = []
    if len(text) == 0:
        return runs
    cur = text[0]
    n = 0
    for ch in text:
        if ch == cur:
            n += 1
        else:
            runs.append((cur, n))
            cur, n = ch, 1
    runs.append((cur, n))
    return runs


def decode(runs):
    out = ""
    for ch, n in runs:
        out += ch * n
    return out


def longest_run(runs):
    best = runs[0]
    for run in runs:
        if run[1] > best[1]:
            best = run
    return best


samples = ["aaabccddddde", "wwwwbbbwwx", "abc", "zzzzzzzz"]
for s in samples:
    runs = encode(s)
    print(s, "->", runs)
    back = decode(runs)
    print("  decoded ok:", back == s, "runs:", len(runs), "longest:", longest_run(runs))

print(encode(""))

readings = [3, 3, 3, 7, 7, 1, 1, 1, 1, 3]
int_runs = []
prev = readings[0]
count = 0
for r in readings:
    if r == prev:
        count += 1
    else:
        int_runs.append((prev, count))
        prev, count = r, 1
int_runs.append((prev, count))
print(int_runs)
total = 0
for value, times in int_runs:
    total += value * times
print("sum via runs", total, "direct", sum(readings))
steady = [run for run in int_runs if run[1] >= 3]
print("steady stretches", steady)
print(sorted(int_runs), max(int_runs), min(int_runs))
