import os
import sys
import runpy

here = os.path.dirname(os.path.abspath(__file__))

g = runpy.run_module('rp_target')
print(g['result'], g['argv0_is_file'], g['in_modules'])
print(os.path.basename(g['__file__']), g['__cached__'] is None or g['__cached__'].endswith('.pyc'))
print(g['__spec__'].name, '__builtins__' in g)
print('rp_target' in sys.modules)

g = runpy.run_module('rp_target', init_globals={'extra': 5, '__doc__': 'zap'},
                     run_name='__main__')
print(g['result'])

argv0 = sys.argv[0]
g = runpy.run_module('rp_target', run_name='alt.name', alter_sys=True)
print(g['result'], g['argv0_is_file'], g['in_modules'])
print(sys.argv[0] == argv0, 'alt.name' in sys.modules)

g = runpy.run_module('rp_pkg')
print(g['__name__'], g['__package__'])
g = runpy.run_module('rp_pkg.sub')
print(g['Y'], g['__package__'])

for name in ['nonexistent_mod_xyz', '.rel', 'sys', 'os.path.nope', 'rp_pkg.__main__.x',
             'rp_target.py']:
    try:
        runpy.run_module(name)
    except ImportError as e:
        print(type(e).__name__, e)

g = runpy.run_path(os.path.join(here, 'rp_target.py'))
print(g['result'], g['__file__'] == os.path.join(here, 'rp_target.py'))
print(g['__spec__'], g['__loader__'], g['__cached__'], repr(g['__package__']))
g = runpy.run_path(os.path.join(here, 'rp_target.py'), run_name='a.b.c',
                   init_globals={'extra': 'x'})
print(g['result'])
g = runpy.run_path(os.path.join(here, 'rp_target.py'), run_name='__main__')

n = len(sys.path)
g = runpy.run_path(os.path.join(here, 'rp_dir'))
print(g['value'], g['__name__'], len(sys.path) == n)
try:
    runpy.run_path(os.path.join(here, 'rp_pkg'))
except ImportError as e:
    print(type(e).__name__, str(e).replace(here, '<here>'))
try:
    runpy.run_path(os.path.join(here, 'no_such_file.py'))
except OSError as e:
    print(type(e).__name__, e.errno)
print(sorted(runpy.__all__))
