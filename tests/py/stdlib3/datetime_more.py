import copy
from datetime import date, time, datetime, timedelta, timezone

td = timedelta(days=3, hours=4)
for expr in ['td / 0', 'td // 0', 'td % timedelta(0)', 'td / timedelta(0)', 'date.max + timedelta(1)', 'datetime.min - timedelta(1)',
             'time(1) < time(1, tzinfo=timezone.utc)', 'timedelta(1) * 1.5',
             'timedelta(seconds=1) / 3', 'timedelta(seconds=1) * (1/3)', 'timedelta(microseconds=1) / 2',
             'timedelta(microseconds=3) / 2', 'timedelta(microseconds=-1) // 2', '-timedelta(hours=1) // timedelta(minutes=7)',
             'divmod(-timedelta(hours=1), timedelta(minutes=7))', 'timedelta(days=1e-7)', 'timedelta(seconds=1e15)',
             'timedelta(minutes=1.5, milliseconds=-0.25)', 'str(timedelta(days=-1, seconds=5))', 'str(-timedelta(microseconds=1))',
             'str(timedelta(days=-2))', 'str(timedelta(days=999999999))', 'timedelta(days=1).total_seconds()',
             'datetime.utcfromtimestamp(-1.5)', 'datetime.utcfromtimestamp(1.9999999)', 'datetime.utcfromtimestamp(0.0000005)',
             'datetime(1, 1, 1).strftime("%Y-%m-%d")', 'datetime(2020, 7, 4, 15, 2, 3).strftime("%c|%x|%X|%U|%W|%w|%u|%G|%V")',
             'date(2020, 1, 1).__format__("")', 'format(time(1, 2), "%H.%M")', 'time(1, 2).strftime("%Y %j")',
             'date(2024, 12, 30).isocalendar()', 'date(2027, 1, 1).isocalendar()', 'date(2020, 12, 31).isocalendar()',
             'datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=-3))) - datetime(2020, 1, 1, tzinfo=timezone.utc)',
             'datetime(2020, 1, 1, 12, tzinfo=timezone.utc) == datetime(2020, 1, 1, 7, tzinfo=timezone(-timedelta(hours=5)))',
             'datetime(2020, 1, 1, 12, tzinfo=timezone.utc) < datetime(2020, 1, 1, 8, tzinfo=timezone(-timedelta(hours=5)))',
             'datetime(2020, 1, 1, 12, 30, 15, 250, tzinfo=timezone(timedelta(hours=5, seconds=7))).isoformat()',
             'datetime(2020, 1, 1).isoformat(timespec="hours")', 'datetime(2020, 1, 1).isoformat(sep="x")',
             'datetime(2020, 1, 1, tzinfo=timezone(timedelta(minutes=90), "X")).strftime("%z/%Z")',
             'datetime(2020, 1, 1, tzinfo=timezone.utc).utctimetuple()', 'datetime(2020, 3, 1).timetuple().tm_yday',
             'time(23, 59, 59, 999999).isoformat()', 'str(time(0, 0, tzinfo=timezone(timedelta(hours=-1))))',
             'time(5, tzinfo=timezone.utc).utcoffset()', 'time(5).tzname()', 'datetime(2020, 1, 1).utcoffset()',
             'date(2020, 5, 17).replace(month=2, day=30)', 'datetime.combine(date(2020, 1, 1), time(1, tzinfo=timezone.utc))',
             'datetime.combine(date(2020, 1, 1), time(1), tzinfo=timezone.utc).tzinfo', 'datetime(2020, 1, 1).date() == date(2020, 1, 1)',
             'datetime.fromisoformat("2020-01-01T10:20:30,5")', 'datetime.fromisoformat("2020-01-01T10:20:30.123456789")',
             'time.fromisoformat("10:20:30.123+00:00")', 'datetime.fromisoformat("2020-01-01T00:00:00+05")',
             'datetime.strptime("  2020", "%Y")', 'datetime.strptime("2020 7", "%Y %m")', 'datetime.strptime("Thu Jul  4 2019", "%a %b %d %Y")',
             'datetime.strptime("10pm", "%I%p")', 'datetime.strptime("12am", "%I%p")', 'datetime.strptime("1999-12-31Z", "%Y-%m-%d%z")',
             'datetime.strptime("2020-02-29", "%Y-%m-%d")', 'datetime.strptime("02-29", "%m-%d")', 'datetime.strptime("99", "%y")',
             'datetime.strptime("68", "%y")', 'datetime.strptime("%5", "%%%H")', 'datetime.strptime("x", "%Q")',
             'datetime.strptime("+01:30:15", "%z")', 'datetime.strptime(5, "%Y")', 'date(2020, 1, 1).strftime(5)',
             'timezone(5)', 'timezone(timedelta(0), 5)', 'timezone.utc.utcoffset(5)', 'timezone(timedelta(hours=1)).fromutc(datetime(2020, 1, 1))',
             'timezone(timedelta(hours=2), "A") == timezone(timedelta(hours=2), "B")', 'str(timezone(timedelta(0), "Zulu"))',
             'hash(timezone(timedelta(hours=1))) == hash(timedelta(hours=1))', 'copy.copy(datetime(2020, 1, 2, 3))',
             'copy.deepcopy(timedelta(1, 2, 3))', 'copy.copy(date(2020, 1, 1)) == date(2020, 1, 1)',
             'date.fromisocalendar(2020, 53, 1)', 'date.fromisocalendar(2021, 53, 1)', 'date.fromisocalendar(2021, 1, 8)',
             'datetime(2020, 1, 1) - timedelta(microseconds=1)', 'datetime(2020, 1, 1) + timedelta(days=-400, seconds=5)',
             'datetime.max - datetime.min', 'date.max - date.min', 'sorted({date(2020, 1, 2), date(2020, 1, 1)})',
             'date(2020, 1, 1) == "2020-01-01"', 'time(1) == 1', 'timedelta(0) == 0', 'bool(time(0))',
             'datetime(2020, 1, 1, fold=1)', 'time(fold=2)', 'datetime(2020, 1, 1, 24)', 'date(2020, 1, 1).ctime()',
             'datetime(2020, 11, 9, 7, 5, 3).ctime()', 'datetime.fromordinal(737425)', 'date(2021, 2, 3).toordinal()']:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
