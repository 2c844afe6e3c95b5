# OO method dispatch over many small classes: a cooperative task scheduler.
# Workers, producers, consumers, timers and loggers are different classes
# sharing a base class; the scheduler calls overridden methods on them
# through a ready queue of packets. Measures method lookup and calls on
# instances (overrides, super()), attribute reads/writes, object creation.


class Packet:
    def __init__(self, kind, value, dest):
        self.kind = kind
        self.value = value
        self.dest = dest
        self.hops = 0


class Task:
    def __init__(self, sched, ident, priority):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.inbox = []
        self.handled = 0
        self.state = 0

    def accept(self, packet):
        self.inbox.append(packet)

    def ready(self):
        return len(self.inbox) > 0

    def step(self):
        packet = self.inbox.pop()
        packet.hops += 1
        self.handled += 1
        return self.handle(packet)

    def handle(self, packet):
        raise NotImplementedError

    def forward(self, packet, dest):
        packet.dest = dest
        self.sched.post(packet)


class Idle(Task):
    def handle(self, packet):
        self.state = (self.state * 31 + packet.value) & 0xFFFF
        return None


class Worker(Task):
    def handle(self, packet):
        packet.value = (packet.value * 17 + self.ident) % 10007
        self.state += 1
        target = self.sched.pick(packet.value)
        self.forward(packet, target)
        return packet.value


class Doubler(Worker):
    def handle(self, packet):
        packet.value = (packet.value * 2) % 10007
        return super().handle(packet)


class Producer(Task):
    def handle(self, packet):
        self.state += packet.value & 7
        for i in range(2):
            p = Packet("data", packet.value + i, 0)
            self.forward(p, self.sched.pick(self.state + i))
        return self.state


class Consumer(Task):
    def handle(self, packet):
        self.state ^= packet.value
        if packet.hops > 12:
            return packet.hops
        self.forward(packet, self.sched.pick(packet.value + packet.hops))
        return 0


class Logger(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority)
        self.lines = 0

    def handle(self, packet):
        self.lines += 1
        self.state = (self.state + len(packet.kind) * packet.hops) % 65521
        return self.lines


class Timer(Task):
    def handle(self, packet):
        self.state += 1
        if self.state % 3 == 0:
            self.forward(Packet("tick", self.state, 0), self.sched.pick(self.state))
        return self.state


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.queue = []
        self.delivered = 0

    def add(self, task):
        self.tasks.append(task)

    def pick(self, value):
        return value % len(self.tasks)

    def post(self, packet):
        self.queue.append(packet)

    def deliver(self):
        queue = self.queue
        self.queue = []
        tasks = self.tasks
        for p in queue:
            tasks[p.dest].accept(p)
            self.delivered += 1

    def run(self, rounds):
        checksum = 0
        for r in range(rounds):
            for i in range(6):
                self.post(Packet("seed", r + i, (r * 7 + i) % len(self.tasks)))
            self.deliver()
            for t in self.tasks:
                while t.ready():
                    result = t.step()
                    if result is not None:
                        checksum = (checksum + result) % 1000000007
        return checksum


def main():
    s = Scheduler()
    kinds = [Idle, Worker, Doubler, Producer, Consumer, Logger, Timer, Worker,
             Consumer, Doubler, Logger]
    for i in range(33):
        s.add(kinds[i % len(kinds)](s, i, i % 5))
    # bound growth: producers create work, consumers retire it
    checksum = s.run(35000)
    handled = sum(t.handled for t in s.tasks)
    states = sum(t.state for t in s.tasks) % 1000000007
    print(checksum, handled, states, s.delivered, len(s.queue))


main()
