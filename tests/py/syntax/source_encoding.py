# Source encodings: coding declarations, BOM, CRLF, form feed, Unicode identifiers (NFKC).
import _latin1_mod, _bom_crlf_mod
print(_latin1_mod.s, len(_latin1_mod.s), _latin1_mod.s.encode("utf-8"))
print(_bom_crlf_mod.y, _bom_crlf_mod.z)
café = 1
π = 3.14
print(café, π)
class Über: pass
print(Über.__name__)
ﬁx = 5
print(fix, "fix" in dir())
ns2 = {}
exec(b"\xef\xbb\xbfw = 2\r\n", ns2)
print(ns2["w"])
