# A Richards-style operating-system task scheduler simulation, written with classes.
#
# Six tasks (an idle task, a worker, two packet handlers and two devices) exchange
# packets through a priority scheduler.  The classic run ends with 23246 queued
# packets and 9297 holds.

IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5

KIND_DEVICE = 0
KIND_WORK = 1

BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, destination, kind):
        self.link = link
        self.destination = destination
        self.kind = kind
        self.count = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Append this packet to the end of `queue` and return the queue's head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.next = None
        self.packet_pending = queue is not None
        self.waiting = False
        self.held = False

    def is_held_or_waiting(self):
        return self.held or (not self.packet_pending and self.waiting)

    def has_waiting_packet(self):
        return self.packet_pending and self.waiting and not self.held

    def add_packet(self, packet, current):
        """Queue a packet for this task; return the task that should run next."""
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    def run(self):
        packet = None
        if self.has_waiting_packet():
            packet = self.queue
            self.queue = packet.link
            self.waiting = False
            self.packet_pending = self.queue is not None
        return self.step(packet)

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        super().__init__(scheduler, ident, priority, None)
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.scheduler.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.scheduler.wait_current()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.destination = self.destination
        packet.count = 0
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return self.scheduler.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.work_queue = None
        self.device_queue = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_queue = packet.append_to(self.work_queue)
            else:
                self.device_queue = packet.append_to(self.device_queue)
        if self.work_queue is not None:
            work = self.work_queue
            if work.count < BUFFER_SIZE:
                if self.device_queue is not None:
                    device = self.device_queue
                    self.device_queue = device.link
                    device.count = work.data[work.count]
                    work.count += 1
                    return self.scheduler.send(device)
            else:
                self.work_queue = work.link
                return self.scheduler.send(work)
        return self.scheduler.wait_current()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait_current()
            done = self.pending
            self.pending = None
            return self.scheduler.send(done)
        self.pending = packet
        return self.scheduler.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.task_list = None
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task, waiting=False):
        task.waiting = waiting
        task.next = self.task_list
        self.task_list = task
        self.tasks[task.ident] = task

    def run(self):
        self.current = self.task_list
        while self.current is not None:
            if self.current.is_held_or_waiting():
                self.current = self.current.next
            else:
                self.current = self.current.run()

    def hold_current(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.next

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        target = self.tasks[packet.destination]
        self.queue_count += 1
        packet.link = None
        packet.destination = self.current.ident
        return target.add_packet(packet, self.current)


def simulate(idle_count):
    scheduler = Scheduler()
    scheduler.add(IdleTask(scheduler, IDLE, 0, idle_count))

    work = Packet(None, 0, KIND_WORK)
    work = Packet(work, 0, KIND_WORK)
    scheduler.add(WorkerTask(scheduler, WORKER, 1000, work), waiting=True)

    for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, device, KIND_DEVICE)
        scheduler.add(HandlerTask(scheduler, handler, priority, queue), waiting=True)

    scheduler.add(DeviceTask(scheduler, DEVICE_A, 4000), waiting=True)
    scheduler.add(DeviceTask(scheduler, DEVICE_B, 5000), waiting=True)

    scheduler.run()
    return scheduler


def main():
    runs = 10
    correct = 0
    for _ in range(runs):
        scheduler = simulate(10000)
        if scheduler.queue_count == 23246 and scheduler.hold_count == 9297:
            correct += 1
    print("queue count:", scheduler.queue_count)
    print("hold count:", scheduler.hold_count)
    print(f"{correct}/{runs} runs correct")


main()
