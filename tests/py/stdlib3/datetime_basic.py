import datetime as dtmod
from datetime import date, time, datetime, timedelta, timezone, tzinfo

# timedelta
tds = [timedelta(), timedelta(1), timedelta(days=1, hours=1), timedelta(seconds=-1),
       timedelta(weeks=2, minutes=3, milliseconds=4, microseconds=5),
       timedelta(seconds=0.1), timedelta(days=-1.5), timedelta(hours=25.25),
       timedelta(microseconds=-1), timedelta(days=2, seconds=59.9999996)]
for td in tds:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
a, b = timedelta(hours=5, minutes=30), timedelta(minutes=45)
print(a + b, a - b, b - a, -a, abs(-a), +a, a * 3, 3 * a, a * 0.5, a / 4, a / 0.3)
print(a / b, a // b, a % b, divmod(a, b), a // 7, a // timedelta(seconds=7))
print(a > b, a == timedelta(seconds=19800), a != b, a == 5, bool(timedelta()), bool(a))
print(hash(a) == hash(timedelta(seconds=19800)), sorted([a, b, -b]))
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
try:
    timedelta(days=10**9)
except OverflowError as e:
    print('OverflowError', e)
try:
    a < 3
except TypeError as e:
    print('TypeError')

# date
d = date(2020, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()))
print(d.ctime(), d.isoformat(), d.strftime('%Y/%m/%d %A %B %j %a %b'), format(d, '%d.%m.%y'), f'{d}')
print(d + timedelta(days=1), d - timedelta(days=366), d - date(2000, 1, 1), timedelta(1) + d)
print(d.replace(year=2024), d.replace(day=1), date.fromordinal(737000), date.fromordinal(1))
print(date.min, date.max, date.resolution, d.timetuple())
print(d == date(2020, 2, 29), d < date(2021, 1, 1), d > date(2021, 1, 1), d == datetime(2020, 2, 29))
for args in [(2020, 13, 1), (2019, 2, 29), (0, 1, 1), (2020, 4, 31), (2020, 0, 5), (10000, 1, 1)]:
    try:
        date(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    date(2020.0, 1, 1)
except TypeError as e:
    print('TypeError', e)
for s in ['2021-03-04', '20210304', '2021-W01', '2021-W01-3', '2021W053', '2020-W53-7']:
    print(s, repr(date.fromisoformat(s)))
for s in ['2021-3-4', '2021-02-30', 'x', '2021-03-04T']:
    try:
        date.fromisoformat(s)
    except ValueError as e:
        print('ValueError', e)
print(date.fromisocalendar(2020, 1, 1), date(2019, 12, 30).isocalendar(), date(2021, 1, 3).isocalendar())
print(type(date.today()).__name__, date.today() > date(2020, 1, 1))
try:
    d < datetime(2020, 1, 1)
except TypeError as e:
    print('TypeError', e)

# time
t = time(13, 5, 9, 120)
print(t, repr(t), repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), t.isoformat('minutes'))
print(t.isoformat('milliseconds'), t.isoformat('hours'), t.isoformat('microseconds'), t.strftime('%H-%M-%S.%f %p'))
print(t.replace(hour=0), t < time(14), t == time(13, 5, 9, 120), time.min, time.max, repr(time(1, fold=1)))
print(time.fromisoformat('10:11:12.5'), time.fromisoformat('101112'), time.fromisoformat('10:11+02:00'), repr(time.fromisoformat('T10')))
for args in [(24,), (0, 60), (0, 0, 60), (0, 0, 0, 10**6)]:
    try:
        time(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    t.isoformat('nanos')
except ValueError as e:
    print('ValueError', e)

# datetime
dt = datetime(2021, 12, 31, 23, 59, 58, 500000)
print(dt, repr(dt), repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 5)), repr(datetime(2020, 1, 1, 0, 0, 1)))
print(dt + timedelta(seconds=2), dt - timedelta(days=365), dt - datetime(2021, 1, 1), datetime(2021, 1, 1) - dt)
print(dt.date(), dt.time(), dt.timetz(), dt.ctime(), dt.isoformat(), dt.isoformat(' ', 'seconds'))
print(dt.strftime('%Y-%m-%dT%H:%M:%S.%f|%z|%Z|%%|%I %p'), f'{dt:%d %b %Y}', dt.weekday(), dt.isocalendar())
print(dt.replace(microsecond=0), datetime.combine(date(2000, 1, 2), time(3, 4)), dt.timetuple())
print(dt == datetime(2021, 12, 31, 23, 59, 58, 500000), dt > datetime(2021, 1, 1), dt == dt.date())
print(datetime.min, datetime.max, datetime.resolution, hash(dt) == hash(dt.replace()))
for s in ['2021-03-04T05:06:07', '2021-03-04 05:06', '2021-03-04T05:06:07.123+05:30', '2021-03-04T05Z', '20210304T050607', '2021-03-04', '2021-03-04T05:06:07.1234567-01:00']:
    print(s, repr(datetime.fromisoformat(s)))
for s in ['2021-03-04T25:00', '2021-03-04X', 'nonsense']:
    try:
        datetime.fromisoformat(s)
    except ValueError as e:
        print('ValueError', e)
print(datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(1234567890.5), datetime.fromtimestamp(86400, timezone.utc))
print(datetime(2009, 2, 13, 23, 31, 30, tzinfo=timezone.utc).timestamp(), type(datetime.now()).__name__)
print(datetime.now() >= datetime(2020, 1, 1), datetime.utcnow() > datetime(2020, 1, 1), type(datetime.today()).__name__)
print(datetime.now(timezone.utc).tzinfo is timezone.utc)
for s, f in [('2021-03-04 05:06:07', '%Y-%m-%d %H:%M:%S'), ('04/03/21', '%d/%m/%y'), ('Mar 5 2020 1:02PM', '%b %d %Y %I:%M%p'),
             ('2020-060', '%Y-%j'), ('12:30:45.25', '%H:%M:%S.%f'), ('2021-01-01T00:00:00+0530', '%Y-%m-%dT%H:%M:%S%z'),
             ('Friday, 13 November 2020', '%A, %d %B %Y'), ('20200105', '%Y%m%d'), ('5 UTC', '%H %Z')]:
    print(repr(datetime.strptime(s, f)))
for s, f in [('2021-13-01', '%Y-%m-%d'), ('2021-01-01x', '%Y-%m-%d'), ('2021', '%d')]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print('ValueError', e)

# time zones
utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30))
est = timezone(-timedelta(hours=5), 'EST')
print(repr(utc), str(utc), repr(ist), str(ist), repr(est), str(est), dtmod.UTC is utc)
print(timezone(timedelta(0)) is utc, timezone(timedelta(0), 'Z'), timezone.min, timezone.max)
print(timezone(timedelta(seconds=-3601, microseconds=5)))
a = datetime(2021, 6, 1, 12, tzinfo=utc)
b = a.astimezone(ist)
c = a.astimezone(est)
print(a, b, c, repr(b), a == b, b == c, a - c, b.utcoffset(), c.tzname(), c.dst(), b.strftime('%z %Z'))
print(hash(a) == hash(b), a.isoformat(), c.isoformat(timespec='minutes'), b.timetuple().tm_isdst)
print(a == datetime(2021, 6, 1, 12), a != datetime(2021, 6, 1, 12))
try:
    a < datetime(2021, 6, 1, 12)
except TypeError as e:
    print('TypeError', e)
try:
    a - datetime(2021, 6, 1, 12)
except TypeError as e:
    print('TypeError', e)
try:
    timezone(timedelta(hours=24))
except ValueError as e:
    print('ValueError', e)
print(time(12, tzinfo=ist), repr(time(12, tzinfo=ist)), time(12, tzinfo=ist) == time(6, 30, tzinfo=utc))


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return 'Fixed(%s)' % self.name


f = Fixed(-90, 'MINUS')
x = datetime(2000, 1, 1, 0, 0, tzinfo=f)
print(x, repr(x), x.utcoffset(), x.astimezone(utc), utc.fromutc(datetime(2000, 1, 1, tzinfo=utc)))
print(datetime(2000, 1, 1, tzinfo=utc).astimezone(f), x.strftime('%z %Z'))
try:
    tzinfo().utcoffset(None)
except NotImplementedError as e:
    print('NotImplementedError', e)


class MyDate(date):
    pass


md = MyDate(2020, 5, 17)
print(repr(md).replace('__main__.', ''), type(md + timedelta(1)).__name__, isinstance(md, date))
print(date(2020, 1, 1) in {date(2020, 1, 1): 1}, datetime(2020, 1, 1) in {datetime(2020, 1, 1): 1})
print(sorted([date(2020, 3, 1), date(2019, 1, 1), date(2020, 1, 1)]))
print(dtmod.MINYEAR, dtmod.MAXYEAR, type(dt).__module__)
