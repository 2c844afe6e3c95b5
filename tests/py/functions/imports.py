# IMPORT_NAME / IMPORT_FROM / IMPORT_STAR behaviour and messages.
import _star_support
import _star_support as alias
from _star_support import public as p, _semi
print(alias is _star_support, p, _semi, _star_support.hidden)
try:
    from _star_support import nope
except ImportError as e:
    msg = str(e)
    print(msg.split(" (")[0], msg.endswith("_star_support.py)"), e.name)
try:
    import _no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
def local_import():
    from _star_support2 import c
    import _star_support2
    return c(), _star_support2.a
print(local_import())
try:
    exec("def f():\n    from _star_support import *\n")
except SyntaxError as e:
    print(e.msg)
ns = {}
exec("from _star_support2 import *", ns)
print(sorted(k for k in ns if not k.startswith("__")))
