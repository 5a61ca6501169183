# StopIteration from next(), NotImplementedError from abstract methods, RuntimeError.
def take(it, n):
    out = []
    for i in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            print("  iterator exhausted after", i, "items")
            break
    return out


it = iter([10, 20, 30, 40, 50])
for rnd in range(4):
    print(take(it, 2))

letters = iter("abc")
print(next(letters), next(letters), next(letters))
try:
    next(letters)
except StopIteration:
    print("StopIteration raised")


class Exporter:
    def render(self, values):
        raise NotImplementedError("render is abstract")

    def export(self, values):
        return "# export\n" + self.render(values)


class CsvExporter(Exporter):
    def render(self, values):
        return ",".join([str(v) for v in values])


class JsonExporter(Exporter):
    def render(self, values):
        return "[" + ", ".join([str(v) for v in values]) + "]"


data = [3, 1, 4, 1, 5]
exporters = [CsvExporter(), Exporter(), JsonExporter()]
for ex in exporters:
    try:
        print(ex.export(data))
    except NotImplementedError as nie:
        print("cannot export:", nie)


class Machine:
    def __init__(self):
        self.state = "idle"

    def start(self):
        if self.state != "idle":
            raise RuntimeError("cannot start from " + self.state)
        self.state = "running"

    def stop(self):
        if self.state != "running":
            raise RuntimeError("cannot stop from " + self.state)
        self.state = "stopped"


m = Machine()
for action in ["start", "start", "stop", "stop", "start"]:
    try:
        if action == "start":
            m.start()
        else:
            m.stop()
        print(action, "ok ->", m.state)
    except RuntimeError as rerr:
        print(action, "failed:", rerr)
try:
    raise NotImplementedError
except RuntimeError as rerr:
    print("NotImplementedError is a RuntimeError:", repr(str(rerr)))
