"""A CSV-like data pipeline built from generators and str.split."""
from collections import namedtuple, defaultdict
import statistics

RAW = """\
# weather observations; station,date,temp_c,rain_mm,wind
station,date,temp_c,rain_mm,wind
OSL, 2024-01-03 , -4.5, 0.0, N
OSL,2024-01-04,-7.25,1.2,NE
BER,2024-01-03,2.0,3.4,W
BER,2024-01-04,,0.0,W
BER,2024-01-05,1.5,n/a,SW

MAD,2024-01-03,11.0,0.0,S
MAD,2024-01-04,12.75,0.0,S
MAD,2024-01-05,9.5,7.8,SE
OSL,2024-01-05,-10.0,0.4,N
ROM,2024-01-03,13.25,2.2,"W"
bad line without enough fields
ROM,2024-01-04,14.0,0.0,SW
"""

Row = namedtuple("Row", "station date temp rain wind")
SKIPPED = []


def read_lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        yield lineno, line


def strip_comments(lines):
    for lineno, line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield lineno, line


def split_fields(lines, sep=","):
    header = None
    for lineno, line in lines:
        fields = [f.strip().strip('"') for f in line.split(sep)]
        if header is None:
            header = fields
            continue
        if len(fields) != len(header):
            SKIPPED.append((lineno, f"expected {len(header)} fields, got {len(fields)}"))
            continue
        yield lineno, dict(zip(header, fields))


def to_float(s):
    try:
        return float(s)
    except ValueError:
        return None


def convert(records):
    for lineno, rec in records:
        row = Row(rec["station"], rec["date"], to_float(rec["temp_c"]),
                  to_float(rec["rain_mm"]), rec["wind"])
        if row.temp is None:
            SKIPPED.append((lineno, f"missing temperature for {row.station}"))
            continue
        yield row


def windowed(iterable, n):
    window = []
    for item in iterable:
        window.append(item)
        if len(window) > n:
            window.pop(0)
        if len(window) == n:
            yield tuple(window)


def counted(iterable, counter, key):
    for item in iterable:
        counter[key] = counter.get(key, 0) + 1
        yield item


def pipeline(text):
    stats = {}
    stage = read_lines(text)
    stage = counted(stage, stats, "lines")
    stage = strip_comments(stage)
    stage = counted(stage, stats, "content")
    stage = split_fields(stage)
    stage = convert(stage)
    stage = counted(stage, stats, "rows")
    return stage, stats


def main():
    rows_gen, stats = pipeline(RAW)
    print(type(rows_gen).__name__, stats)
    rows = list(rows_gen)
    print("stats after:", stats)
    for r in rows[:3]:
        print(" ", r)
    print("skipped:")
    for lineno, why in SKIPPED:
        print(f"  line {lineno:2d}: {why}")

    by_station = defaultdict(list)
    for r in rows:
        by_station[r.station].append(r)

    print(f"\n{'station':<8}{'n':>3}{'min':>8}{'max':>8}{'mean':>8}{'rain':>7}")
    for st in sorted(by_station):
        temps = [r.temp for r in by_station[st]]
        rain = sum(r.rain for r in by_station[st] if r.rain is not None)
        print(f"{st:<8}{len(temps):>3}{min(temps):>8.2f}{max(temps):>8.2f}"
              f"{statistics.mean(temps):>8.3f}{rain:>7.1f}")

    all_temps = sorted(r.temp for r in rows)
    print("\nmedian:", statistics.median(all_temps))
    print("stdev: %.4f" % statistics.pstdev(all_temps))
    cold = (r for r in rows if r.temp < 0)
    print("first cold:", next(cold).date, "| remaining cold:", [r.date for r in cold])

    print("\nmoving averages (3) for MAD:")
    for win in windowed((r.temp for r in by_station["MAD"]), 3):
        print(f"  {win} -> {sum(win) / len(win):.3f}")
    print("  windows for OSL of 2:", list(windowed([r.temp for r in by_station["OSL"]], 2)))

    winds = defaultdict(set)
    for r in rows:
        winds[r.wind].add(r.station)
    print("\nwinds:", {w: sorted(s) for w, s in sorted(winds.items())})

    def fahrenheit(rs):
        for r in rs:
            yield r._replace(temp=round(r.temp * 9 / 5 + 32, 1))

    print("\nfahrenheit:")
    for r in fahrenheit(x for x in rows if x.station in ("OSL", "ROM")):
        print(f"  {r.station} {r.date.replace('-', '/')}: {r.temp}F")

    out_lines = [";".join(["station", "date", "temp"])]
    out_lines += [";".join([r.station, r.date, format(r.temp, ".1f")]) for r in rows]
    blob = "\n".join(out_lines)
    print("\nre-serialised:", len(blob), "chars;", blob.splitlines()[1:3])
    parsed = [line.split(";") for line in blob.split("\n")[1:]]
    print("max by temp:", max(parsed, key=lambda f: float(f[2])))
    print("rsplit:", "a,b,c,d".rsplit(",", 2), "split max:", "a b  c".split(" ", 1))
    print("whitespace split:", "  lots   of\tspace\n".split())

    def gen_with_return():
        total = 0
        for r in rows:
            total += 1
            received = yield r.station
            if received == "stop":
                return total

    g = gen_with_return()
    print("\nsend protocol:", next(g), g.send(None), g.send(None))
    try:
        g.send("stop")
    except StopIteration as stop:
        print("stopped with value", stop.value)

    def chain(*iters):
        for it in iters:
            yield from it

    print("chained:", list(chain("ab", range(2), (x * x for x in [3, 4]))))
    print("zipped:", list(zip(*[(r.station, r.temp) for r in rows[:4]])))


if __name__ == "__main__":
    main()
