# sys data and functions (values that do not depend on the implementation)
import sys

vi = sys.version_info
print(vi[:3], vi.major, vi.minor, vi.micro, vi.releaselevel, vi.serial, len(vi))
print(vi >= (3, 11), vi < (3, 12), tuple(vi), isinstance(vi, tuple), repr(vi))
print(type(vi).__name__, sys.version.startswith('3.11.7'), hex(sys.hexversion))
print(sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder, sys.platform)
print(type(sys.implementation.name).__name__, sys.implementation.version[:2])
print(sys.argv, type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print('sys' in sys.modules, '__main__' in sys.modules, sys.modules['sys'] is sys, 'builtins' in sys.builtin_module_names)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
for bad in [0, -5, 'x', 1.5]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(1000)
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
a = ''.join(['inter', 'ned!'])
b = ''.join(['inter', 'ned!'])
print(a is b, sys.intern(a) is sys.intern(b))
try:
    sys.intern(1)
except TypeError as e:
    print(e)
x = object()
before = sys.getrefcount(x)
holder = [x, x]
print(sys.getrefcount(x) - before)
del holder
print(sys.getrefcount(x) - before)


class Sized:
    def __sizeof__(self):
        return 100


print(sys.getsizeof(Sized()), sys.getsizeof(1) > 0, sys.getsizeof([]) < sys.getsizeof([1, 2, 3]))


def outer():
    return inner()


def inner():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, sys._getframe(1).f_code.co_name


print(outer())
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
print(sys.flags.optimize, sys.flags.verbose, sys.flags.int_max_str_digits, type(sys.flags).__name__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.default_max_str_digits, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(4300)
print(sys.stdout.write('written\n'), sys.stdout.encoding, sys.stderr.errors, sys.stdin.mode, sys.stdout.mode)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.isatty(), sys.stdout.writable())
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
print(sys.stdout is sys.__stdout__, sys.stdin.read(), repr(sys.stdin.readline()))
print(type(sys._xoptions).__name__, sys.exc_info(), sys.exception())
sys.displayhook(None)
sys.displayhook([1, 2])
import builtins
print(builtins._)
print('text then', end=' ')
sys.stdout.flush()
print(sys.stdout.buffer.write(b'binary\n'), sys.stdin.buffer.read())
try:
    sys.stdout.buffer.write('s')
except TypeError as e:
    print(e)
print(sys.thread_info.name, sys.thread_info.lock, len(sys.thread_info))
sys.stdout.writelines(['line one\n', 'line two\n'])
sys.stdout.reconfigure(line_buffering=False)
print(sys.audit('my.event', 1), sys.gettrace(), sys.settrace(None))
