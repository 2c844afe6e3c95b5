class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("RecursionError:", e)
class E:
    def __eq__(self, o):
        return self == o
try:
    E() == E()
except RecursionError as e:
    print("RecursionError:", e)
class G:
    def __getitem__(self, i):
        return self[i]
try:
    G()[0]
except RecursionError as e:
    print("RecursionError:", e)
class A:
    def __getattribute__(self, n):
        return self.x
try:
    A().y
except RecursionError as e:
    print("RecursionError:", e)
l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print("RecursionError:", e)
try:
    l == l[0]
except RecursionError as e:
    print("RecursionError:", e)
del l
d = {}
for i in range(100000):
    d = {1: d}
try:
    repr(d)
except RecursionError as e:
    print("RecursionError:", e)
print("ok")
try:
    eval("1" + "+1" * 100000)
except (RecursionError, MemoryError, SyntaxError) as e:
    print(type(e).__name__, e)
try:
    eval("-" * 100000 + "1")
except (RecursionError, MemoryError, SyntaxError) as e:
    print(type(e).__name__, e)
try:
    eval("(" * 10000 + ")" * 10000)
except SyntaxError as e:
    print("SyntaxError:", e)
