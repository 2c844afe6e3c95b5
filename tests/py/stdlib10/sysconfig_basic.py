import os
import sys
import sysconfig

print(sysconfig.get_python_version())
plat = sysconfig.get_platform()
print(plat == 'linux-' + os.uname().machine)
print(sysconfig.get_default_scheme(), sysconfig.get_scheme_names())
print(sysconfig.get_path_names())
print([sysconfig.get_preferred_scheme(k) for k in ('prefix', 'home', 'user')])
try:
    sysconfig.get_preferred_scheme('bad')
except KeyError as e:
    print('KeyError', e)
paths = sysconfig.get_paths()
print(sorted(paths))
pre = os.path.normpath(sys.prefix)
print(paths['purelib'] == os.path.join(pre, 'lib', 'python3.11', 'site-packages'))
print(paths['scripts'] == os.path.join(pre, 'bin'), paths['data'] == pre)
print(paths['include'].endswith('include/python3.11'))
print(sysconfig.get_path('purelib') == paths['purelib'])
print(sysconfig.get_paths(expand=False))
print(sysconfig.get_paths(vars={'base': '/B', 'platbase': '/P'})['purelib'])
print(sysconfig.get_paths('posix_home', vars={'base': '/H', 'installed_base': '/I'}))
print(sysconfig.get_paths('posix_user', vars={'userbase': '/U'}))
for bad in ('bogus',):
    try:
        sysconfig.get_paths(bad)
    except KeyError as e:
        print('KeyError', e)
    try:
        sysconfig.get_path(bad)
    except KeyError as e:
        print('KeyError', e)
print(sysconfig.get_config_var('no_such_var_xyz'))
for name in ('VERSION', 'py_version_short', 'py_version_nodot', 'abiflags',
             'EXE', 'SIZEOF_VOID_P', 'Py_DEBUG', 'MACHDEP', 'SO', 'Py_GIL_DISABLED'):
    print(name, repr(sysconfig.get_config_var(name)))
print(sysconfig.get_config_var('EXT_SUFFIX').endswith('.so'))
print(sysconfig.get_config_var('SOABI').startswith('cpython-311'))
print(sysconfig.get_config_var('prefix') == pre)
print(sysconfig.get_config_var('py_version') == '%d.%d.%d' % sys.version_info[:3])
print(sysconfig.get_config_vars('VERSION', 'nope'))
cv = sysconfig.get_config_vars()
print(type(cv).__name__, cv is sysconfig.get_config_vars(), cv['VERSION'])
print(sysconfig.is_python_build())
print(sorted(sysconfig.__all__))
