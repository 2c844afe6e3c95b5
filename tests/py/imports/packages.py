# Packages, submodules, relative imports, binding rules of import forms.
import sys
import pkg
print(pkg.PKG_CONST, pkg.pkg_util(1), pkg.helper.util_fn(2), pkg.__name__, pkg.__package__)
print("sub" in dir(pkg), "pkg.sub" in sys.modules)
import pkg.sub.mod
print(pkg.sub.mod.value, pkg.sub.util_fn(3), pkg.sub.parent_helper is pkg.helper)
print("sub" in dir(pkg), pkg.sub.mod.counter, pkg.sub.mod.__package__)
import pkg.sub.deep.leaf as leafmod
print(leafmod.LEAF, leafmod.__name__, leafmod is sys.modules["pkg.sub.deep.leaf"])
from pkg.sub import mod as m2, sibling
print(m2 is pkg.sub.mod, sibling.NAME, sibling.__name__)
from pkg.sub.deep import leaf
print(leaf is leafmod)
import pkg.helper as h
print(h is pkg.helper, h.__name__, hasattr(h, "__file__"))
print(pkg.__path__ is not None, hasattr(h, "__path__"), type(pkg).__name__)
def local_import():
    import pkg.sub as s
    from pkg import helper
    return s.__name__, helper.__name__
print(local_import(), "s" in globals())
import pkg.sub
print(pkg.sub.__name__)
print(sorted(k for k in sys.modules if k.startswith("pkg")))
print(pkg.__doc__, pkg.helper.__doc__)
