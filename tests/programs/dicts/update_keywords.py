# dict.update() with keyword arguments: d.update(c=3), and with a dict first (its items, then the keywords').
from collections import defaultdict

d = dict(a=1, b=2)
d.update(c=3)
d.update({"e": 5}, f=6)
d.update({"a": 10}, a=11)
print(d)
cfg = {"debug": False}
cfg.update(debug=True, verbose=False)
print(cfg)
base = {"x": 1.5}
merged = {"y": 0.0}
merged.update(base, z=2.5)
print(merged, base)
dd = defaultdict(list)
dd.update(first=[1])
dd["second"].append(2)
print(dict(dd))


def configure(opts, **overrides):
    opts.update(overrides)
    return opts


print(configure({"mode": "fast"}, mode="slow", level="3"))
