import calendar, random
rng = random.Random(5)
out = []
for t in range(150):
    y = rng.randint(1, 9999); m = rng.randint(1, 12); fw = rng.randint(0, 6)
    tc = calendar.TextCalendar(fw)
    out.append(tc.formatmonth(y, m, rng.randint(0, 4), rng.randint(0, 2)))
    out.append(repr(calendar.monthrange(y, m)) + repr(calendar.weekday(y, m, 1)) + repr(calendar.leapdays(rng.randint(1, 3000), y)))
    out.append(repr(list(calendar.Calendar(fw).itermonthdays4(y, m))[:3]))
    out.append(repr(calendar.timegm((y, m, rng.randint(1, 28), rng.randint(0, 23), 5, 6))))
for y in (1, 1999, 2100):
    out.append(calendar.TextCalendar(rng.randint(0, 6)).formatyear(y, rng.randint(2, 3), 1, rng.randint(2, 6), rng.randint(1, 4)))
print('\n'.join(out))
