class X:
    def __iter__(self):
        print("iter"); return iter([1,2])
    def __len__(self):
        print("len"); return 2
    def __length_hint__(self):
        print("hint"); return 2
for f in (list, bytearray, set, frozenset, tuple, sorted, dict.fromkeys):
    print(f.__name__); print(f(X()))
l=[0]; print("extend"); l.extend(X()); print(l)
print("bytes"); print(bytes(X()))
b=bytearray(); b.extend(X()); print(b)
b=bytearray(b'ab'); b[0:1]=X(); print(b)
print(b''.join(X()) if False else 0)
s=set(); s.update(X()); print(s)
d={}; d.update({}.fromkeys(X())); print(d)
print(tuple(X()))
print(dict.fromkeys(X()))
import collections
print(collections.deque(X()))
print(sum(X()), min(X()), max(X()), sorted(X()), list(reversed(list(X()))))
print("".join(map(str, X())))
