import os
import sys
import pkgutil

here = os.path.dirname(os.path.abspath(__file__))
tree = os.path.join(here, 'pk_tree')

print(pkgutil.ModuleInfo.__doc__)
print(pkgutil.ModuleInfo._fields)
for info in pkgutil.iter_modules([tree]):
    print(info.name, info.ispkg, type(info.module_finder).__name__,
          info.module_finder.path == tree)
print([m.name for m in pkgutil.iter_modules([tree], prefix='pk_tree.')])
print([m.name for m in pkgutil.iter_modules([tree, tree])])
print(list(pkgutil.iter_modules([os.path.join(here, 'no_such_dir')])))
try:
    list(pkgutil.iter_modules(tree))
except ValueError as e:
    print('ValueError', e)

import pk_tree
errors = []
for info in pkgutil.walk_packages(pk_tree.__path__, 'pk_tree.', onerror=errors.append):
    print('walk', info.name, info.ispkg)
print('errors', errors)
print([m.name for m in pkgutil.walk_packages(pk_tree.__path__, 'pk_tree.')])
print(sorted(m for m in sys.modules if m.startswith('pk_tree')))

print(pkgutil.get_data('pk_tree', 'data/res.txt'))
print(pkgutil.get_data('pk_tree', 'top.txt').splitlines())
try:
    pkgutil.get_data('pk_tree', 'missing.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', os.path.basename(e.filename))
print(pkgutil.get_data('no_such_package_qq', 'x'))

print(pkgutil.get_importer(tree).path == tree, pkgutil.get_importer(os.path.join(here, 'nope')))
print(pkgutil.resolve_name('os.path').__name__ in ('posixpath', 'os.path'))
print(pkgutil.resolve_name('os.path:join') is os.path.join)
print(pkgutil.resolve_name('os.path.join') is os.path.join)
print(pkgutil.resolve_name('pk_tree.sub.beta').__name__)
print(pkgutil.resolve_name('pk_tree:A'))
print(pkgutil.resolve_name('os:') is os)
for bad in ['a b', '1abc', 'os:1x', 'os.nope', 'os:nope', 'nope_mod_q.x']:
    try:
        pkgutil.resolve_name(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(pkgutil.extend_path('notalist', 'x'))
print([os.path.relpath(p, here) for p in pkgutil.extend_path([], 'pk_tree')])
print(pkgutil.find_loader('pk_tree') is not None, pkgutil.find_loader('no_such_qq'))
try:
    pkgutil.find_loader('.rel')
except ImportError as e:
    print('ImportError', e)
