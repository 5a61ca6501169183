# m.group(k), m[k], m.group("name") and m.groups() of a group that takes part in every match of the
# patterns the match may come from are strs (dict keys, Counter keys); a group inside an optional
# part, an alternative or a repetition that may match nothing stays a str or None.
import re
from collections import Counter

LINE = re.compile(r"^(\S+) (\w+) (?P<svc>\w+): (.*?)( \(code=\d+\))?$")
levels = Counter()
by_service = {}
for line in ["d1 ERROR db: lost (code=17)", "d2 INFO web: ok", "no match here", "d3 ERROR web: slow"]:
    m = LINE.match(line)
    if not m:
        continue
    date, level, svc, msg, code = m.groups()
    print(date, level, svc, msg, code)
    levels[m.group(2)] += 1
    by_service.setdefault(m["svc"], []).append(m.group(1))
    print(m.group(1, 5), m[4].upper(), m.group("svc").title())
print(levels.most_common(), by_service)


def spans(text):
    totals = {}
    for mm in re.finditer(r"(\d+)-(\d+)(?:/(x))?", text):
        totals[mm.group(1)] = int(mm[2]) - int(mm.group(1))
        print(mm.groups(), mm.group(3))
    return totals


print(spans("1-2 30-45/x 7-7"))


def pairs(lines):
    out = {}
    for line in lines:
        kv = re.fullmatch(r"\s*(\w+)\s*=\s*(\w*)\s*", line)
        if kv is None:
            kv = re.match(r"(\w+):(\w+)", line)
        if kv:
            a, b = kv.groups()
            out[a] = b
            out[kv.group(1) + "!"] = kv.group(2)
    return out


print(pairs(["a = 1", "b:2", "???"]))
