import logging
import logging.handlers
import os
import sys

base = 'logging_handlers_tmp.log'
for suffix in ('', '.1', '.2', '.3'):
    if os.path.exists(base + suffix):
        os.remove(base + suffix)
log = logging.getLogger('rot')
log.propagate = False
h = logging.handlers.RotatingFileHandler(base, maxBytes=40, backupCount=2)
h.setFormatter(logging.Formatter('%(message)s'))
log.addHandler(h)
for i in range(8):
    log.warning('message number %d', i)
h.close()
for suffix in ('', '.1', '.2', '.3'):
    name = base + suffix
    if os.path.exists(name):
        with open(name) as f:
            print(suffix or '(current)', repr(f.read()))
        os.remove(name)
    else:
        print(suffix, 'missing')

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter('mem: %(levelname)s %(message)s'))
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
m = logging.getLogger('mem')
m.propagate = False
m.addHandler(mem)
m.warning('one')
print('buffered', len(mem.buffer))
m.warning('two')
m.error('three triggers flush')
print('buffered', len(mem.buffer))
m.warning('four')
mem.close()
print('after close', len(mem.buffer))


class ListQueue:
    def __init__(self):
        self.items = []

    def put_nowait(self, x):
        self.items.append(x)

    def get(self, block=True):
        return self.items.pop(0)

    def empty(self):
        return not self.items


q = ListQueue()
qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger('queue')
ql.propagate = False
ql.addHandler(qh)
ql.warning('queued %s', 'record')
print(len(q.items), q.items[0].getMessage(), q.items[0].args)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('listener: %(message)s'))
listener = logging.handlers.QueueListener(q, out)
listener.start()
listener.stop()
print(len(q.items))
