import pickle
import io
import copyreg

# shared and recursive structures
shared = [1, 2]
t = (shared, shared, 'abc', 'abc')
rec = [1]
rec.append(rec)
d = {}
d['self'] = d
rt = ([],)
rt[0].append(rt)
big_rt = ([], 1, 2, 3)
big_rt[0].append(big_rt)
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
root = Node('root')
kid = Node('kid')
kid.parent = root
root.children.append(kid)
s = 'shared string'
fs = frozenset([1])
for p in range(6):
    print(p, pickle.dumps(t, p))
    print(p, pickle.dumps(rec, p))
    print(p, pickle.dumps(d, p))
    print(p, pickle.dumps(rt, p))
    print(p, pickle.dumps(big_rt, p))
    print(p, pickle.dumps(root, p))
    print(p, pickle.dumps([s, s, fs, fs, b'b', b'b'], p))
    r = pickle.loads(pickle.dumps(t, p))
    print(r, r[0] is r[1])
    r = pickle.loads(pickle.dumps(rec, p))
    print(r[1] is r, len(r))
    r = pickle.loads(pickle.dumps(d, p))
    print(r['self'] is r)
    r = pickle.loads(pickle.dumps(rt, p))
    print(r[0][0] is r)
    r = pickle.loads(pickle.dumps(root, p))
    print(r.children[0].parent is r, r.children[0].name)

# file interface, several pickles in one stream
f = io.BytesIO()
pickle.dump([1, 2], f)
pickle.dump('second', f, protocol=0)
pickle.dump({'third': 3}, f, 2)
f.seek(0)
print(pickle.load(f), pickle.load(f), pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print('EOFError', e)

# Pickler / Unpickler classes
f = io.BytesIO()
p = pickle.Pickler(f, 3)
p.dump('x')
p.dump('x')
print(f.getvalue())
p.clear_memo()
p.dump('x')
print(f.getvalue())

class PersPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith('ref:'):
            return obj[4:]
        return None

class PersUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded<%s>' % pid

for proto in (0, 2, 4):
    f = io.BytesIO()
    PersPickler(f, proto).dump(['ref:a', 'plain', 'ref:b'])
    print(proto, f.getvalue())
    f.seek(0)
    print(PersUnpickler(f).load())
f.seek(0)
try:
    pickle.Unpickler(f).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)

class Pt:
    def __init__(self, x):
        self.x = x
def reduce_pt(p):
    return (Pt, (p.x + 100,))

f = io.BytesIO()
pk = pickle.Pickler(f, 2)
pk.dispatch_table = copyreg.dispatch_table.copy()
pk.dispatch_table[Pt] = reduce_pt
pk.dump(Pt(1))
print(f.getvalue())
print(pickle.loads(f.getvalue()).x)

copyreg.pickle(Pt, reduce_pt)
print(pickle.loads(pickle.dumps(Pt(2))).x)
del copyreg.dispatch_table[Pt]

# loads from bytearray / memoryview
print(pickle.loads(bytearray(pickle.dumps([1]))), pickle.loads(memoryview(pickle.dumps((2,)))))

# bytes with encoding for protocol 2 strings from Python 2
print(pickle.loads(b"U\x03abcq\x00.", encoding='latin1'))
print(pickle.loads(b"S'abc'\np0\n."))
print(pickle.loads(b"(lp0\nI1\naI2\na."))
print(pickle.loads(b"(dp0\nS'a'\np1\nI1\ns."))
print(pickle.loads(b'\x80\x02c__builtin__\nxrange\nq\x00K\x00K\x05K\x01\x87q\x01Rq\x02.'))
print(pickle.loads(b'\x80\x02cexceptions\nValueError\nq\x00X\x01\x00\x00\x00xq\x01\x85q\x02Rq\x03.'))
