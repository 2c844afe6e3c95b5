# Text-processing program: a tiny INI parser, template renderer and table printer.
CONFIG = """
; comment line
[server]
host = example.org
port = 8080
debug = yes

[paths]
root = /srv/app
logs = ${root}/logs
cache = ${logs}/cache   ; trailing comment

[users]
names = alice, bob , carol
"""
class ParseError(Exception):
    def __init__(self, lineno, msg):
        super().__init__(f"line {lineno}: {msg}")
        self.lineno = lineno
def parse_ini(text):
    data, section = {}, None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            if section in data:
                raise ParseError(lineno, f"duplicate section {section!r}")
            data[section] = {}
        elif "=" in line:
            if section is None:
                raise ParseError(lineno, "key outside section")
            key, _, value = line.partition("=")
            data[section][key.strip()] = value.strip()
        else:
            raise ParseError(lineno, f"cannot parse {line!r}")
    return data
def expand(section):
    out = {}
    for key, value in section.items():
        while "${" in value:
            start = value.index("${")
            end = value.index("}", start)
            name = value[start + 2:end]
            value = value[:start] + out.get(name, section.get(name, "")) + value[end + 1:]
        out[key] = value
    return out
cfg = parse_ini(CONFIG)
cfg["paths"] = expand(cfg["paths"])
for sec, items in cfg.items():
    print(f"[{sec}]")
    for k, v in items.items():
        print(f"  {k:<6} = {v!r}")
def as_bool(v): return v.lower() in {"1", "yes", "true", "on"}
print(as_bool(cfg["server"]["debug"]), int(cfg["server"]["port"]) + 1, [n.strip() for n in cfg["users"]["names"].split(",")])
for bad in ["key = 1", "[a]\n[a]", "[s]\nnonsense"]:
    try:
        parse_ini(bad)
    except ParseError as e:
        print("ParseError:", e, "| lineno", e.lineno)
def render(template, **ctx):
    out, i = [], 0
    while i < len(template):
        if template.startswith("{{", i):
            j = template.index("}}", i)
            expr = template[i + 2:j].strip()
            name, *filters = [p.strip() for p in expr.split("|")]
            value = ctx
            for part in name.split("."):
                value = value[part] if isinstance(value, dict) else getattr(value, part)
            for flt in filters:
                value = {"upper": str.upper, "title": str.title, "len": len, "rev": lambda s: s[::-1]}[flt](value)
            out.append(str(value))
            i = j + 2
        else:
            out.append(template[i])
            i += 1
    return "".join(out)
print(render("Host {{ server.host | upper }} on port {{server.port}}; {{ users.names | len }} chars", **cfg))
print(render("{{ name | title }} / {{ name | rev | upper }}", name="ada lovelace"))
try:
    render("{{ missing }}")
except KeyError as e:
    print("missing key", e)
rows = [("alice", 34, 1234.5), ("bob", 7, 12.25), ("carol-anne", 102, -3.0)]
headers = ("name", "count", "amount")
widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
widths[2] = max(widths[2], max(len(f"{r[2]:,.2f}") for r in rows))
sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(sep)
print("| " + " | ".join(h.center(w) for h, w in zip(headers, widths)) + " |")
print(sep)
for name, count, amount in rows:
    print(f"| {name:<{widths[0]}} | {count:>{widths[1]}} | {amount:>{widths[2]},.2f} |")
print(sep)
print(f"| {'total':<{widths[0]}} | {sum(r[1] for r in rows):>{widths[1]}} | {sum(r[2] for r in rows):>{widths[2]},.2f} |")
print(sep)
