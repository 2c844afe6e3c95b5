# A module body runs once; later imports reuse sys.modules.
import sys
import runonce
import runonce
import runonce as again
from runonce import loaded
print(runonce is again, loaded, runonce is sys.modules["runonce"])

r2 = __import__("runonce")
print(r2 is runonce)
runonce.extra = "set"
import runonce as third
print(third.extra)
del sys.modules["runonce"]
import runonce as reloaded
print(reloaded is runonce, hasattr(reloaded, "extra"))
sys.modules["fake_mod"] = "just a string"
import fake_mod
print(fake_mod)
sys.modules["none_mod"] = None
try:
    import none_mod
except ImportError as e:
    print(type(e).__name__, e)
import mainguard
print(mainguard.__name__)
print(__name__)
