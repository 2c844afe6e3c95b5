import pickle, collections
od = collections.OrderedDict(); od['self'] = od
dd = collections.defaultdict(list); dd['x'] = dd
class N:
    pass
n = N(); n.me = n; n.lst = [n]
t = (n, n)
class MyList(list): pass
ml = MyList(); ml.append(ml); ml.attr = ml
d = {}; d['t'] = (d, [d])
for obj in (od, dd, n, t, ml, d):
    for p in (range(2, 6) if obj is ml else range(6)):
        data = pickle.dumps(obj, p)
        print(p, data)
        r = pickle.loads(data)
    print(type(r).__name__)
r = pickle.loads(pickle.dumps(od)); print(r['self'] is r)
r = pickle.loads(pickle.dumps(dd)); print(r['x'] is r)
r = pickle.loads(pickle.dumps(n)); print(r.me is r, r.lst[0] is r)
r = pickle.loads(pickle.dumps(ml)); print(r[0] is r, r.attr is r)
r = pickle.loads(pickle.dumps(d)); print(r['t'][0] is r, r['t'][1][0] is r)
# each bytearray is rebuilt from a fresh bytes copy (no sharing between them)
for p in range(6):
    v = (bytearray(b'x'), bytearray(b'x'), b'x', [bytearray(b'yz')] * 2)
    print(p, pickle.dumps(v, p), pickle.loads(pickle.dumps(v, p)))
