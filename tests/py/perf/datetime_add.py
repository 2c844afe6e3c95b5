# datetime + timedelta (direct construction for exact datetime) against
# subclasses, tzinfo, hashing, comparison and overflow.
import datetime as dt
d0 = dt.datetime(2020, 1, 31, 23, 59, 59, 999999)
for td in [dt.timedelta(0), dt.timedelta(microseconds=1), dt.timedelta(days=29), dt.timedelta(days=-400, seconds=5),
           dt.timedelta(weeks=520, hours=7), dt.timedelta(seconds=-1)]:
    r = d0 + td
    print(repr(r), r.isoformat(), r.fold, r.tzinfo, hash(r) == hash(dt.datetime(r.year, r.month, r.day, r.hour, r.minute, r.second, r.microsecond)), r - td == d0, td + d0 == r)
tz = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
a = dt.datetime(2021, 3, 1, tzinfo=tz) + dt.timedelta(hours=1)
print(repr(a), a.utcoffset(), a.tzname(), a == dt.datetime(2021, 3, 1, 1, tzinfo=tz), a.astimezone(dt.timezone.utc))
class MyDT(dt.datetime):
    pass
m = MyDT(2000, 2, 28) + dt.timedelta(days=1)
print(type(m).__name__, m, type(m - dt.timedelta(days=1)).__name__)
f = dt.datetime(2000, 1, 1, fold=1) + dt.timedelta(1)
print(f.fold, f.replace(hour=3), f.weekday(), f.timetuple()[:6], f.strftime("%Y-%m-%d %H:%M:%S.%f"))
for bad in [(dt.datetime.max, dt.timedelta(1)), (dt.datetime.min, dt.timedelta(-1))]:
    try:
        print(bad[0] + bad[1])
    except OverflowError as e:
        print('OverflowError', e)
print((dt.datetime(2020, 5, 17) + dt.timedelta(hours=12)).date(), sorted([d0 + dt.timedelta(days=-i) for i in range(3)])[0])
print({d0 + dt.timedelta(0): 1}[d0], dt.date(2020, 1, 1) + dt.timedelta(days=1))
