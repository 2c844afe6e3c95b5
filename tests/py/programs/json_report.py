"""JSON report generator: nested records, aggregation, files and StringIO."""
import io
import itertools
import json
import os
from collections import Counter
from operator import itemgetter

CATEGORIES = ["hardware", "software", "services"]
REGIONS = ["north", "south", "east", "west"]


def make_records(n):
    records = []
    seed = 17
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % (2 ** 31)
        qty = seed % 9 + 1
        price = round((seed >> 8) % 10000 / 100 + 0.99, 2)
        records.append({
            "id": f"R{i:03d}",
            "category": CATEGORIES[seed % 3],
            "region": REGIONS[(seed >> 4) % 4],
            "quantity": qty,
            "unit_price": price,
            "tags": sorted({"promo" if qty > 6 else "regular",
                            "bulk" if qty >= 5 else "single"}),
            "customer": {"name": f"cust{seed % 7}", "vip": seed % 5 == 0,
                         "notes": None if i % 4 else "first order \u2713"},
        })
    return records


def summarize(records):
    key = itemgetter("category")
    summary = {}
    for cat, group in itertools.groupby(sorted(records, key=key), key=key):
        group = list(group)
        revenue = sum(r["quantity"] * r["unit_price"] for r in group)
        summary[cat] = {
            "count": len(group),
            "units": sum(r["quantity"] for r in group),
            "revenue": round(revenue, 2),
            "avg_price": round(sum(r["unit_price"] for r in group) / len(group), 3),
            "regions": dict(sorted(Counter(r["region"] for r in group).items())),
            "vip_ids": [r["id"] for r in group if r["customer"]["vip"]],
        }
    return summary


class ReportEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)


def write_report(out, records, summary):
    out.write("# Sales report\n")
    out.write(f"records: {len(records)}\n")
    width = max(len(c) for c in summary)
    for cat, s in sorted(summary.items(), key=lambda kv: -kv[1]["revenue"]):
        out.write(f"{cat:<{width}}  n={s['count']:>2}  units={s['units']:>3}  "
                  f"revenue={s['revenue']:>9,.2f}\n")
    grand = sum(s["revenue"] for s in summary.values())
    out.write(f"{'total':<{width}}  {grand:,.2f}\n")
    out.write(json.dumps(summary, indent=2, sort_keys=True))
    out.write("\n")


def main():
    records = make_records(24)
    print(json.dumps(records[0], indent=4))
    print(json.dumps(records[1], sort_keys=True, separators=(",", ":")))
    print(json.dumps(records[2]["customer"], ensure_ascii=False))
    print(json.dumps(records[4]["customer"]))

    text = json.dumps(records)
    back = json.loads(text)
    print("round trip equal:", back == records, len(text))
    print("types:", sorted({type(v).__name__ for r in back for v in r.values()}))

    summary = summarize(records)
    for cat in sorted(summary):
        s = summary[cat]
        print(f"{cat}: {s['count']} records, vip={s['vip_ids']}")

    buf = io.StringIO()
    write_report(buf, records, summary)
    report = buf.getvalue()
    print(report, end="")
    print("report lines:", report.count("\n"))

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                        f"json_report_tmp_{os.getpid()}.json")
    try:
        with open(path, "w", encoding="utf-8") as f:
            json.dump({"summary": summary, "records": records[:3]}, f,
                      indent=1, sort_keys=True)
        with open(path, encoding="utf-8") as f:
            loaded = json.load(f)
        print("file exists:", os.path.exists(path), "keys:", list(loaded))
        print("summary equal:", loaded["summary"] == summary)
        with open(path, encoding="utf-8") as f:
            first = [next(f).rstrip("\n") for _ in range(4)]
        print("first lines:", first)
    finally:
        os.remove(path)
    print("removed:", not os.path.exists(path))

    extra = {"tags": {"b", "a", "c"}, "z": 1 + 2j, "nums": (1, 2.5, -0.0),
             "flags": [True, False, None], 3: "int key", 1.5: "float key"}
    print(json.dumps(extra, cls=ReportEncoder, sort_keys=False))
    try:
        json.dumps({"bad": object()})
    except TypeError as exc:
        print("TypeError:", str(exc).split(" at ")[0])
    for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "nul"]:
        try:
            json.loads(bad)
        except json.JSONDecodeError as exc:
            print(f"{bad!r}: {exc.msg} (line {exc.lineno}, col {exc.colno})")
    print(json.loads('{"x": [1, 2, {"y": "\\u00e9\\n"}], "big": 12345678901234567890}'))
    print(json.loads("[1.5e3, -2, 0.1, true, null]", parse_float=str))
    print(json.loads('{"a": 1, "a": 2}'), json.dumps("tab\tquote\"back\\"))
    pairs = json.loads('{"b": 1, "a": 2}', object_pairs_hook=list)
    print(pairs)
    print(json.dumps([float("inf"), float("nan")]))


if __name__ == "__main__":
    main()
