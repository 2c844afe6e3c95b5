# sys.stdout replacement, stdin at EOF, recursion limit, getsizeof rules
import sys
class Cap:
    def __init__(self): self.buf = []
    def write(self, s): self.buf.append(s); return len(s)
    def flush(self): pass
c = Cap()
old = sys.stdout
sys.stdout = c
print('captured', 1)
sys.stdout = old
print(c.buf)
sys.stdout = None
print('dropped')
sys.stdout = old
print('back')
print(repr(sys.stdout))
for line in sys.stdin:
    print('never')
print(sys.stdin.readlines())
sys.stderr.write('to stderr\n')
print(sys.exc_info()[0])
def rec(n):
    return rec(n + 1) if n < 10000 else n
sys.setrecursionlimit(100)
try:
    rec(0)
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(1000)
print(sys.getrefcount(None) > 100, type(sys.getrefcount(1)))
print(sys.getsizeof(object(), 5) > 0)
class NoSize:
    def __sizeof__(self): return -1
try:
    sys.getsizeof(NoSize())
except ValueError as e:
    print(e)
class BadSize:
    def __sizeof__(self): return 'x'
print(sys.getsizeof(BadSize(), 'dflt'))
try: sys.getsizeof(BadSize())
except TypeError as e: print(e)
class Slotted:
    __slots__ = ('a',)
    def __sizeof__(self): return 10
print(sys.getsizeof(Slotted()))
class L(list):
    def __sizeof__(self): return 10
print(sys.getsizeof(L()))
class Ex(Exception):
    def __sizeof__(self): return 10
print(sys.getsizeof(Ex()))
class IntSub(int):
    def __sizeof__(self): return 10
print(sys.getsizeof(IntSub()))
sys.stdout.flush()
print(sys.stdout.closed, sys.stdout.line_buffering, sys.stdout.fileno(), sys.stdin.fileno())
