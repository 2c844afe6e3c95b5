import importlib, importlib.util, importlib.machinery, sys, os, tempfile

d = tempfile.mkdtemp()
pkg = os.path.join(d, 'kpkg_il')
os.mkdir(pkg)
with open(os.path.join(pkg, '__init__.py'), 'w') as f:
    f.write('NAME = "pkg"\n')
with open(os.path.join(pkg, 'sub.py'), 'w') as f:
    f.write('VALUE = 1\ncounter = globals().get("counter", 0) + 1\n')
with open(os.path.join(pkg, 'other.py'), 'w') as f:
    f.write('from . import sub\nOTHER = sub.VALUE * 10\n')
sys.path.insert(0, d)
importlib.invalidate_caches()

m = importlib.import_module('kpkg_il.sub')
print(m.__name__, m.VALUE, m.counter, m is sys.modules['kpkg_il.sub'])
print(importlib.import_module('.other', 'kpkg_il').OTHER)
print(importlib.import_module('..sub', 'kpkg_il.other').__name__)
print(importlib.import_module('.', 'kpkg_il').NAME)
print(importlib.import_module('os.path') is os.path)
for bad in [('.x',), ('.x', None), ('.x', '')]:
    try:
        importlib.import_module(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    importlib.import_module('...x', 'kpkg_il')
except ImportError as e:
    print('ImportError', e)
try:
    importlib.import_module('kpkg_il.missing')
except ModuleNotFoundError as e:
    print(e, e.name)

# reload re-executes in the same namespace: extra attributes survive
m.extra = 'kept'
with open(os.path.join(pkg, 'sub.py'), 'w') as f:
    f.write('VALUE = 2\ncounter = globals().get("counter", 0) + 1\n')
r = importlib.reload(m)
print(r is m, m.VALUE, m.counter, m.extra)
import kpkg_il.sub as again
print(again.VALUE)
try:
    importlib.reload('kpkg_il.sub')
except TypeError as e:
    print(e)
import math
print(importlib.reload(math) is math)

spec = importlib.util.find_spec('kpkg_il.sub')
print(spec.name, os.path.basename(spec.origin), spec.parent, spec.submodule_search_locations)
spec = importlib.util.find_spec('kpkg_il')
print(spec.name, os.path.basename(spec.origin), spec.parent,
      [os.path.basename(p) for p in spec.submodule_search_locations])
print(importlib.util.find_spec('no_such_module_krait'))
print(importlib.util.find_spec('kpkg_il.nothing'))
print(importlib.util.find_spec('.sub', 'kpkg_il').name)
print(importlib.util.resolve_name('.sub', 'kpkg_il'), importlib.util.resolve_name('abs', None))
print('.py' in importlib.machinery.SOURCE_SUFFIXES)
with open(os.path.join(d, 'fresh_il.py'), 'w') as f:
    f.write('print("fresh executed")\nX = 5\n')
spec = importlib.util.find_spec('fresh_il')
print(spec.name, 'fresh_il' in sys.modules)
print(importlib.import_module('fresh_il').X)

import shutil
shutil.rmtree(d)

# the spec_from_file_location / module_from_spec / exec_module idiom
d = tempfile.mkdtemp()
path = os.path.join(d, 'loaded_il.py')
with open(path, 'w') as f:
    f.write('def hello():\n    return "hello from " + __name__\nY = 7\n')
spec = importlib.util.spec_from_file_location('my_loaded', path)
mod = importlib.util.module_from_spec(spec)
print(spec.name, os.path.basename(spec.origin), 'my_loaded' in sys.modules)
spec.loader.exec_module(mod)
print(mod.hello(), mod.Y, mod.__name__, os.path.basename(mod.__file__), mod.__spec__ is spec)
sys.modules['my_loaded'] = mod
print(importlib.import_module('my_loaded') is mod)
spec = importlib.util.find_spec('loaded_il') if d in sys.path else None
print(spec)
sys.path.insert(0, d)
spec = importlib.util.find_spec('loaded_il')
m2 = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m2)
print(m2.hello(), 'loaded_il' in sys.modules)
sys.path.remove(d)
shutil.rmtree(d)
