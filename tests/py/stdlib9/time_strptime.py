import time
print(time.strptime("2020-01-02", "%Y-%m-%d"))
print(time.strptime("Mon Feb  3 04:05:06 2020"))
t = time.strptime("10:30 PM", "%I:%M %p"); print(t.tm_hour, t.tm_min, t.tm_year, t[0:3])
try: time.strptime("2020", "%d")
except ValueError as e: print(e)
print(time.mktime(time.strptime("2021-06-01 12:00", "%Y-%m-%d %H:%M")) > 0)
