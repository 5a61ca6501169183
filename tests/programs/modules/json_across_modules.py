# json used from another module of the program: the annotated return types the loads there.
from json_helpers import load_cfg, show

cfg = load_cfg('{"b": 1, "a": 2}')
print(show(cfg), cfg["a"] + cfg["b"])
