import configparser, io, sys
text = """
# comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
base = /opt

[bitbucket.org]
User = hg
path = %(base)s/bb
multi = first line
    second line

    fourth line
empty =

[topsecret.server.com]
Port = 50022
ForwardX11 = no
ratio: 0.75
; another comment
"""
c = configparser.ConfigParser()
c.read_string(text)
print(c.sections(), c.defaults(), list(c), "bitbucket.org" in c, len(c))
print(c["bitbucket.org"]["user"], c["bitbucket.org"]["path"], repr(c["bitbucket.org"]["multi"]), repr(c.get("bitbucket.org", "empty")), c["bitbucket.org"]["compression"])
print(c.getint("topsecret.server.com", "port"), c.getfloat("topsecret.server.com", "ratio"), c.getboolean("topsecret.server.com", "forwardx11"), c["topsecret.server.com"].getboolean("compression"), c.get("topsecret.server.com", "nope", fallback="fb"), c["topsecret.server.com"].get("nope", "x"))
print(c.options("bitbucket.org"), c.items("bitbucket.org"), c.has_option("bitbucket.org", "USER"), c.has_section("nope"), dict(c["topsecret.server.com"]))
print(c.get("bitbucket.org", "path", raw=True), c.get("bitbucket.org", "path", vars={"base": "/v"}), c["bitbucket.org"], c["DEFAULT"]["base"])
for bad in [lambda: c.get("nosect", "x"), lambda: c.get("bitbucket.org", "nokey"), lambda: c.add_section("bitbucket.org"), lambda: c["nosect"], lambda: c.getint("bitbucket.org", "user"), lambda: c.getboolean("bitbucket.org", "user"), lambda: c.set("bitbucket.org", "x", 5), lambda: c.read_string("k = v"), lambda: c.read_string("[a]\nk=1\nk=2"), lambda: c.read_string("[a]\n[a]"), lambda: c.read_string("[s]\nnovalue\n  \n=x\n"), lambda: c.add_section("DEFAULT")]:
    try: bad()
    except Exception as e: print(type(e).__name__, "|", e, "|", e.args)
c.set("bitbucket.org", "bad", "%(missing)s")
try: c.get("bitbucket.org", "bad")
except configparser.InterpolationMissingOptionError as e: print(e)
c.set("bitbucket.org", "loop", "%(loop)s")
try: c.get("bitbucket.org", "loop")
except configparser.InterpolationDepthError as e: print(e)
try: c.set("bitbucket.org", "pct", "100%")
except ValueError as e: print(e)
c.remove_option("bitbucket.org", "bad"); c.remove_option("bitbucket.org", "loop")
c.add_section("new"); c["new"]["key"] = "val"; c["other"] = {"a": 1, "b": "two"}
c.write(sys.stdout)
c.write(sys.stdout, space_around_delimiters=False)
print(c.remove_section("new"), c.remove_section("new"), c.sections())
e = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
e.read_string("[paths]\nhome = /home/u\ndata = ${home}/data\n[other]\nlog = ${paths:data}/log\ncost = $$5\n")
print(e["paths"]["data"], e["other"]["log"], e["other"]["cost"])
r = configparser.RawConfigParser(); r.read_string("[s]\nv = %(x)s\n"); print(r.get("s", "v"))
n = configparser.ConfigParser(allow_no_value=True); n.read_string("[m]\nskip-bdb\nkey = 1\n"); print(n.items("m")); n.write(sys.stdout)
i = configparser.ConfigParser(inline_comment_prefixes=("#",)); i.read_string("[s]\nk = v # note\nu = a#b\n"); print(dict(i["s"]))
d = configparser.ConfigParser(defaults={"A": "1"}); print(d.defaults(), d.sections())
print(configparser.DEFAULTSECT, c.getint("topsecret.server.com", "missing", fallback=7))
class CP(configparser.ConfigParser):
    def optionxform(self, s): return s
k = CP(); k.read_string("[S]\nCamel = 1\n"); print(k.options("S"))
cv = configparser.ConfigParser(converters={"list": lambda v: v.split(",")}); cv.read_string("[s]\nl = a,b,c\n"); print(cv.getlist("s", "l"), cv["s"].getlist("l"))
d2 = configparser.ConfigParser(); d2.read_dict({"sec": {"n": 1, "f": 2.5}}); print(d2["sec"]["n"], d2.getfloat("sec", "f"))
print(d2.read(["/nonexistent.ini"]))
