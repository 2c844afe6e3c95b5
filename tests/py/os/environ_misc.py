# os.environ, getenv and assorted process/system functions.
import os
import sys

os.environ['KR_ENV_A'] = 'alpha'
print(os.environ['KR_ENV_A'], os.getenv('KR_ENV_A'), os.environ.get('KR_ENV_A'))
print('KR_ENV_A' in os.environ, 'KR_ENV_NOPE' in os.environ)
print(os.getenv('KR_ENV_NOPE'), os.getenv('KR_ENV_NOPE', 'dflt'), os.environ.get('KR_ENV_NOPE', 3))
try:
    os.environ['KR_ENV_NOPE']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['KR_ENV_B'] = 1
except TypeError as e:
    print('TypeError', e)
try:
    os.environ[1] = 'x'
except TypeError as e:
    print('TypeError', e)
os.environ.setdefault('KR_ENV_C', 'gamma')
os.environ.setdefault('KR_ENV_C', 'other')
print(os.environ['KR_ENV_C'])
os.environ.update({'KR_ENV_D': 'delta'}, KR_ENV_E='eps')
print(sorted(k for k in os.environ if k.startswith('KR_ENV_')))
print(os.environ.pop('KR_ENV_D'), os.environ.pop('KR_ENV_D', 'gone'))
del os.environ['KR_ENV_E']
print(sorted(k for k, v in os.environ.items() if k.startswith('KR_ENV_')))
print(isinstance(os.environ.copy(), dict), len(os.environ) == len(list(os.environ)))
try:
    del os.environ['KR_ENV_NOPE']
except KeyError as e:
    print('KeyError', e)

# the environment is inherited by child processes
os.environ['KR_ENV_CHILD'] = 'seen-by-child'
sys.stdout.flush()
rc = os.system('echo "child: $KR_ENV_CHILD"')
print('rc', rc)
del os.environ['KR_ENV_CHILD']
sys.stdout.flush()
os.system('echo "child after del: [$KR_ENV_CHILD]"')

print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(isinstance(os.getuid(), int), isinstance(os.getgid(), int))
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
print(os.cpu_count() >= 1)
print(os.strerror(2), '|', os.strerror(13), '|', os.strerror(17))
t = os.times()
print(type(t).__name__, len(t), t.user >= 0, t.elapsed == t[4])
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname)
ts = os.terminal_size((100, 40))
print(ts, ts.columns, ts.lines, ts[0])
try:
    os.get_terminal_size(os.open(os.devnull, os.O_RDONLY))
except OSError as e:
    print(type(e).__name__, e.errno)

class P:
    def __fspath__(self):
        return 'p/x'

class NotPath:
    pass

print(os.fspath(P()), os.fspath('s'), os.fspath(b'b'))
print(isinstance(P(), os.PathLike), isinstance('s', os.PathLike), issubclass(P, os.PathLike))
for bad in [NotPath(), 5, None]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print('TypeError', e)
print(os.fsencode('a\xe9'), os.fsdecode(b'a\xc3\xa9'), os.fsencode(P()))
print(os.error is OSError, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.O_RDONLY, os.O_WRONLY, os.O_RDWR)
print(os.path.exists(os.devnull), os.name, os.linesep == '\n')
print(type(os.environ).__name__ in ('_Environ',), os.get_exec_path(
    {'PATH': '/a:/b'}))
