# time: clocks, sleep, struct_time, strftime/asctime/ctime/mktime
import time

t1 = time.monotonic()
p1 = time.perf_counter()
time.sleep(0.02)
print(time.monotonic() - t1 >= 0.02, time.perf_counter() - p1 >= 0.02)
print(time.time() > 1.7e9, isinstance(time.time_ns(), int), time.time_ns() > 1.7e18)
print(isinstance(time.monotonic_ns(), int), isinstance(time.perf_counter_ns(), int))
print(time.process_time() >= 0, isinstance(time.process_time_ns(), int))
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
try:
    time.sleep('1')
except TypeError as e:
    print(e)
time.sleep(0)
g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_wday, g.tm_yday, g.tm_zone, g.tm_gmtoff, len(g), g[0], g[-1])
print(tuple(time.gmtime(86400 * 365.5)), time.gmtime(1.9).tm_sec)
print(isinstance(g, tuple), type(g).__name__, type(g).n_fields, type(g).n_sequence_fields)
print(time.strftime('%Y-%m-%d %H:%M:%S', g), time.strftime('%a %b %d %j', (2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.strftime('', g), time.strftime('%%'), time.asctime(g), time.asctime((2000, 1, 1, 0, 0, 0, 5, 1, 0)))
now = time.time()
lt = time.localtime(now)
print(time.mktime(lt) == int(now), time.localtime(int(now)) == lt)
print(time.ctime(0) == time.asctime(time.localtime(0)), len(time.ctime()))
st = time.struct_time((2001, 2, 3, 4, 5, 6, 0, 34, 0))
print(st, st.tm_zone)
for bad in [(1, 2), 'x']:
    try:
        time.strftime('%Y', bad)
    except TypeError as e:
        print(e)
try:
    time.strftime('%Y', (2000, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print(e)
print(time.gmtime(0) == time.gmtime(0), time.gmtime(0) < time.gmtime(1))
