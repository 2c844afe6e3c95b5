# import *, __all__, circular imports, ImportError messages, module __getattr__.
from pkg import *
print(PKG_CONST, exported())
for name in ["_private", "not_in_all", "helper"]:
    print(name, name in globals())
from pkg.helper import *
print(util_fn("x"), "counter" in globals())
import circ.a
print(circ.a.use_b(), circ.b.use_a())
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg.no_such_sub
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from pkg import no_such_name
except ImportError as e:
    print(type(e).__name__, "|", e, "|", e.name)
try:
    from pkg.helper import missing_fn
except ImportError as e:
    print(e)
try:
    import pkg.helper.nested
except ModuleNotFoundError as e:
    print(e)
print(issubclass(ModuleNotFoundError, ImportError))
import lazy
print(lazy.eager, lazy.dyn_hello, getattr(lazy, "dyn_q"), dir(lazy))
try:
    lazy.other
except AttributeError as e:
    print(e)
from lazy import dyn_from
print(dyn_from)
try:
    from lazy import nothing
except ImportError as e:
    print(e)
import math
try:
    math.nothing
except AttributeError as e:
    print(e)
