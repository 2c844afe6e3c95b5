import pickle, datetime, fractions
for v in [datetime.date(2020,1,2), datetime.datetime(2020,1,2,3,4,5,6), datetime.timedelta(1,2,3), datetime.time(1,2,3),
          datetime.datetime(2020,1,1,tzinfo=datetime.timezone.utc), fractions.Fraction(1,3)]:
    for p in range(6):
        r = pickle.loads(pickle.dumps(v, p))
        assert r == v, (r, v)
    print(repr(r))
e = OSError(2, 'No such file')
r = pickle.loads(pickle.dumps(e))
print(type(r), r.errno, r.strerror)
class E(Exception):
    def __init__(self, a):
        super().__init__(a)
        self.extra = 1
r = pickle.loads(pickle.dumps(E('z')))
print(r, r.extra)
