import queue, threading

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(5)])
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty as e:
    print("Empty timeout", repr(e))

b = queue.Queue(maxsize=2)
b.put(1); b.put(2)
print(b.full())
try:
    b.put_nowait(3)
except queue.Full:
    print("Full")
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print("Full timeout")
try:
    b.put(3, timeout=-1)
except ValueError as e:
    print(e)

lq = queue.LifoQueue()
for c in "abc":
    lq.put(c)
print([lq.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
    pq.put(item)
print([pq.get() for _ in range(3)])

sq = queue.SimpleQueue()
sq.put(1); sq.put(2)
print(sq.qsize(), sq.get(), sq.get(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue Empty")

# producer / consumer with task_done + join
work = queue.Queue()
results = []
lock = threading.Lock()

def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        with lock:
            results.append(item * item)
        work.task_done()

threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for i in range(20):
    work.put(i)
work.join()
print(sorted(results))
for _ in threads:
    work.put(None)
for t in threads:
    t.join()
print(work.unfinished_tasks)
try:
    work.task_done()
except ValueError as e:
    print(e)

# blocking get woken by a later put
bq = queue.Queue()
def later():
    bq.put("late")
t = threading.Timer(0.02, later)
t.start()
print(bq.get(timeout=5))
t.join()
print(issubclass(queue.Empty, Exception), queue.Queue[int])
