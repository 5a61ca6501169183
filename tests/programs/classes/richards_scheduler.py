# A Richards-like scheduler: prioritised tasks exchange packets through linked queues.
class Packet:
    def __init__(self, dest, kind, datum):
        self.dest = dest
        self.kind = kind
        self.datum = datum
        self.link = None


class Task:
    def __init__(self, ident, priority, name):
        self.ident = ident
        self.priority = priority
        self.name = name
        self.queue = None
        self.handled = 0

    def enqueue(self, pkt):
        pkt.link = None
        if self.queue is None:
            self.queue = pkt
            return
        cur = self.queue
        while cur.link is not None:
            cur = cur.link
        cur.link = pkt

    def run(self, sched, pkt):
        self.handled += 1


class Worker(Task):
    def run(self, sched, pkt):
        super().run(sched, pkt)
        pkt.datum = (pkt.datum * 7 + self.ident) % 100
        pkt.dest = 2 if pkt.datum % 2 == 0 else 3
        sched.send(pkt)


class Device(Task):
    def run(self, sched, pkt):
        super().run(sched, pkt)
        sched.output.append(self.name[0] + str(pkt.datum))
        if pkt.kind > 0:
            pkt.kind -= 1
            pkt.dest = 1
            sched.send(pkt)


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.output = []
        self.sends = 0

    def send(self, pkt):
        self.sends += 1
        self.tasks[pkt.dest].enqueue(pkt)

    def pick(self):
        best = None
        for task in self.tasks.values():
            if task.queue is not None and (best is None or task.priority > best.priority):
                best = task
        return best

    def run(self, limit):
        steps = 0
        task = self.pick()
        while task is not None and steps < limit:
            pkt = task.queue
            task.queue = pkt.link
            task.run(self, pkt)
            steps += 1
            task = self.pick()
        return steps


s = Scheduler()
for t in [Worker(1, 5, "worker"), Device(2, 9, "alpha"), Device(3, 7, "beta")]:
    s.tasks[t.ident] = t
for i in range(4):
    s.send(Packet(1, 3, i * 11 + 5))
steps = s.run(1000)
print("steps", steps, "sends", s.sends)
print("output", s.output)
for ident, task in s.tasks.items():
    print(ident, task.name, "priority", task.priority, "handled", task.handled, "idle", task.queue is None)
