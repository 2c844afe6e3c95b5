"""sysconfig, minimal: installation paths and build configuration values.

krait has no Makefile or pyconfig.h to parse, so the configuration
variables are a small fixed table describing a typical CPython 3.11 on
this platform, derived from sys.prefix and friends; any other name gives
None, as an unknown name does in CPython.  Install paths come from the
same scheme templates CPython uses ("{base}/lib/python{py_version_short}"
...), expanded with str.format over the config variables, and callers may
override variables through the `vars` argument.
"""
import os
import sys

__all__ = [
    'get_config_h_filename', 'get_config_var', 'get_config_vars',
    'get_makefile_filename', 'get_path', 'get_path_names', 'get_paths',
    'get_platform', 'get_python_version', 'get_scheme_names',
    'parse_config_h',
]

_INSTALL_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{installed_base}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{installed_base}/lib/python',
        'platstdlib': '{base}/lib/python',
        'purelib': '{base}/lib/python',
        'platlib': '{base}/lib/python',
        'include': '{installed_base}/include/python',
        'platinclude': '{installed_base}/include/python',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'nt': {
        'stdlib': '{installed_base}/Lib',
        'platstdlib': '{base}/Lib',
        'purelib': '{base}/Lib/site-packages',
        'platlib': '{base}/Lib/site-packages',
        'include': '{installed_base}/Include',
        'platinclude': '{installed_base}/Include',
        'scripts': '{base}/Scripts',
        'data': '{base}',
    },
    'posix_venv': {
        'stdlib': '{installed_base}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'nt_venv': {
        'stdlib': '{installed_base}/Lib',
        'platstdlib': '{base}/Lib',
        'purelib': '{base}/Lib/site-packages',
        'platlib': '{base}/Lib/site-packages',
        'include': '{installed_base}/Include',
        'platinclude': '{installed_base}/Include',
        'scripts': '{base}/Scripts',
        'data': '{base}',
    },
    'nt_user': {
        'stdlib': '{userbase}/Python{py_version_nodot_plat}',
        'platstdlib': '{userbase}/Python{py_version_nodot_plat}',
        'purelib': '{userbase}/Python{py_version_nodot_plat}/site-packages',
        'platlib': '{userbase}/Python{py_version_nodot_plat}/site-packages',
        'include': '{userbase}/Python{py_version_nodot_plat}/Include',
        'scripts': '{userbase}/Python{py_version_nodot_plat}/Scripts',
        'data': '{userbase}',
    },
    'posix_user': {
        'stdlib': '{userbase}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{userbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
        'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
    'osx_framework_user': {
        'stdlib': '{userbase}/lib/python',
        'platstdlib': '{userbase}/lib/python',
        'purelib': '{userbase}/lib/python/site-packages',
        'platlib': '{userbase}/lib/python/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
}
_INSTALL_SCHEMES['venv'] = _INSTALL_SCHEMES['posix_venv']

_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include',
                'scripts', 'data')

_CONFIG_VARS = None


def get_python_version():
    return '%d.%d' % sys.version_info[:2]


def get_platform():
    """Return 'linux-x86_64'-style platform tag: OS name and machine."""
    if os.name == 'nt':
        return 'win32'
    if not hasattr(os, 'uname'):
        return sys.platform
    u = os.uname()
    osname = u.sysname.lower().replace('/', '')
    machine = u.machine.replace(' ', '_').replace('/', '-')
    if osname == 'linux':
        return '%s-%s' % (osname, machine)
    if osname[:5] == 'sunos' and u.release[0] >= '5':
        return 'solaris-%d.%s-%s' % (int(u.release[0]) - 3, u.release[2:], machine)
    return '%s-%s-%s' % (osname, u.release, machine)


def _userbase():
    env = os.environ.get('PYTHONUSERBASE')
    if env:
        return env
    return os.path.join(os.path.expanduser('~'), '.local')


def _init_config_vars():
    v = {}
    ver = sys.version_info
    short = '%d.%d' % ver[:2]
    prefix = os.path.normpath(sys.prefix)
    exec_prefix = os.path.normpath(sys.exec_prefix)
    base_prefix = os.path.normpath(getattr(sys, 'base_prefix', prefix))
    base_exec = os.path.normpath(getattr(sys, 'base_exec_prefix', exec_prefix))
    abiflags = getattr(sys, 'abiflags', '')
    platlibdir = getattr(sys, 'platlibdir', 'lib')
    machine = os.uname().machine if hasattr(os, 'uname') else ''
    multiarch = '%s-linux-gnu' % machine if sys.platform == 'linux' else ''
    soabi = 'cpython-%d%d%s-%s' % (ver[0], ver[1], abiflags, multiarch)
    libdest = '%s/%s/python%s' % (base_prefix, platlibdir, short)
    v.update({
        'prefix': prefix, 'exec_prefix': exec_prefix,
        'py_version': '%d.%d.%d' % ver[:3], 'py_version_short': short,
        'py_version_nodot': '%d%d' % ver[:2], 'py_version_nodot_plat': '',
        'installed_base': base_prefix, 'base': prefix,
        'installed_platbase': base_exec, 'platbase': exec_prefix,
        'projectbase': os.path.dirname(os.path.abspath(sys.executable))
                       if sys.executable else os.getcwd(),
        'abiflags': abiflags, 'platlibdir': platlibdir,
        'userbase': _userbase(),
        'VERSION': short, 'EXE': '', 'MACHDEP': sys.platform,
        'SOABI': soabi, 'EXT_SUFFIX': '.' + soabi + '.so', 'SHLIB_SUFFIX': '.so',
        'MULTIARCH': multiarch,
        'HOST_GNU_TYPE': '%s-pc-linux-gnu' % machine,
        'BINDIR': exec_prefix + '/bin', 'LIBDIR': exec_prefix + '/' + platlibdir,
        'LIBDEST': libdest, 'BINLIBDEST': libdest,
        'DESTSHARED': libdest + '/lib-dynload',
        'INCLUDEPY': '%s/include/python%s%s' % (base_prefix, short, abiflags),
        'CONFINCLUDEPY': '%s/include/python%s%s' % (base_exec, short, abiflags),
        'LIBPL': '%s/config-%s%s-%s' % (libdest, short, abiflags, multiarch),
        'LDLIBRARY': 'libpython%s%s.so' % (short, abiflags),
        'LIBRARY': 'libpython%s%s.a' % (short, abiflags),
        'CC': 'gcc', 'Py_DEBUG': 0, 'Py_TRACE_REFS': 0, 'Py_ENABLE_SHARED': 1,
        'WITH_PYMALLOC': 1, 'WITH_DOC_STRINGS': 1, 'HAVE_FORK': 1,
        'SIZEOF_VOID_P': 8, 'SIZEOF_LONG': 8, 'SIZEOF_INT': 4,
        'SIZEOF_SIZE_T': 8, 'SIZEOF_DOUBLE': 8, 'ANDROID_API_LEVEL': 0,
        'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:'
                  '/usr/share/lib/zoneinfo:/etc/zoneinfo',
    })
    v['srcdir'] = v['LIBPL']
    return v


def get_config_vars(*args):
    """With no arguments, the dict of all configuration variables; with
    names, the list of their values (None for unknown names)."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        _CONFIG_VARS = _init_config_vars()
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    return get_config_vars().get(name)


def get_scheme_names():
    return tuple(sorted(_INSTALL_SCHEMES))


def get_default_scheme():
    return 'nt' if os.name == 'nt' else 'posix_prefix'


def get_preferred_scheme(key):
    if os.name == 'nt':
        return 'nt_user' if key == 'user' else 'nt'
    return {'prefix': 'posix_prefix', 'home': 'posix_home',
            'user': 'posix_user'}[key]


def get_path_names():
    return _SCHEME_KEYS


def _expand(template, local_vars):
    try:
        return template.format(**local_vars)
    except KeyError:
        # unknown {name}s are looked up in the environment, as CPython does
        def repl(name):
            if name in local_vars:
                return str(local_vars[name])
            if name in os.environ:
                return os.environ[name]
            raise AttributeError('{%s}' % name)
        out = []
        i = 0
        while i < len(template):
            j = template.find('{', i)
            if j < 0:
                out.append(template[i:])
                break
            k = template.find('}', j)
            if k < 0:
                out.append(template[i:])
                break
            out.append(template[i:j])
            out.append(repl(template[j + 1:k]))
            i = k + 1
        return ''.join(out)


def get_paths(scheme=None, vars=None, expand=True):
    """Return a dict of the install paths of a scheme (default: this
    platform's), expanded with the config variables updated by vars."""
    if scheme is None:
        scheme = get_default_scheme()
    templates = _INSTALL_SCHEMES[scheme]
    if not expand:
        return dict(templates)
    local_vars = dict(get_config_vars())
    if vars:
        local_vars.update(vars)
    result = {}
    for key, value in templates.items():
        path = _expand(value, local_vars)
        if os.name in ('posix', 'nt'):
            path = os.path.normpath(os.path.expanduser(path))
        result[key] = path
    return result


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def is_python_build(check_home=False):
    return False


def get_makefile_filename():
    return os.path.join(get_config_var('LIBPL'), 'Makefile')


def get_config_h_filename():
    return os.path.join(get_config_var('INCLUDEPY'), 'pyconfig.h')


def parse_config_h(fp, vars=None):
    """Parse a pyconfig.h-style file into a dict of #define values."""
    if vars is None:
        vars = {}
    for line in fp:
        line = line.strip()
        if line.startswith('#define '):
            parts = line.split(None, 2)
            if len(parts) < 2:
                continue
            name = parts[1]
            value = parts[2] if len(parts) > 2 else '1'
            try:
                value = int(value)
            except ValueError:
                pass
            vars[name] = value
        elif line.startswith('/* #undef '):
            vars[line.split()[2]] = 0
    return vars
