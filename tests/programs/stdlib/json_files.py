# json.dump to a file and json.load back, into the type an annotation gives.
import json
import os
import sys

path = os.path.join(sys.argv[1], "data.json")
scores = {"ann": [90.0, 85.5], "bob": [], "cy": [70.25]}
with open(path, "w") as f:
    json.dump(scores, f, indent=2, sort_keys=True)
with open(path) as f:
    print(f.read())


def read_scores(p) -> dict[str, list[float]]:
    with open(p) as f:
        return json.load(f)


back = read_scores(path)
print(back, back["ann"][0] + 1)
with open(path, "w") as f:
    json.dump((1, "two", None), f)
    f.write("\n")
    json.dump({"k": True}, f, separators=(",", ":"))
with open(path) as f:
    for line in f:
        print(line.rstrip("\n"))
with open(path, "w") as f:
    f.write('[1, 2,\n')
try:
    with open(path) as f:
        nums: list[int] = json.load(f)
except json.JSONDecodeError as e:
    print(e)
json.dump({"to": ["stdout"]}, sys.stdout, indent=1)
print()
