import sys
import traceback
import linecache


def inner(x):
    return x + [1][5]


def middle():
    y = {'a': 1}
    return inner(y['a'])


def outer():
    return middle()


def divide(a, b):
    return a / b


def rec(n):
    if n == 0:
        raise KeyError('deep')
    return rec(n - 1)


def show(lines):
    for line in lines:
        sys.stdout.write(line.replace(__file__, 'FILE'))


try:
    outer()
except IndexError as e:
    show(traceback.format_exception(e))
    show(traceback.format_exception(type(e), e, e.__traceback__))
    show(traceback.format_exception_only(e))
    show(traceback.format_tb(e.__traceback__))
    show(traceback.format_exc().splitlines(True))
    tb = traceback.extract_tb(e.__traceback__)
    print(len(tb), [f.name for f in tb], [f.lineno for f in tb])
    print([f.line for f in tb])
    fs = tb[-1]
    print(fs.name, fs.lineno, fs.line, len(fs), fs[2])
    print(repr(fs).replace(__file__, 'FILE'))
    print(list(fs)[1:], fs == (fs.filename, fs.lineno, fs.name, fs.line))
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])
    traceback.print_exc(file=sys.stdout)

try:
    divide(1, 0)
except ZeroDivisionError:
    show(traceback.format_exc().splitlines(True))
    show(traceback.format_exc(limit=1).splitlines(True))

try:
    rec(10)
except KeyError:
    show(traceback.format_exc().splitlines(True))

# chaining
try:
    try:
        divide(2, 0)
    except ZeroDivisionError as e:
        raise ValueError('bad value') from e
except ValueError as e:
    show(traceback.format_exception(e))
    show(traceback.format_exception(e, chain=False))

try:
    try:
        {}['missing']
    except KeyError:
        raise RuntimeError('while handling')
except RuntimeError as e:
    show(traceback.format_exception(e))

try:
    try:
        raise OSError('x')
    except OSError:
        raise TypeError('suppressed') from None
except TypeError as e:
    show(traceback.format_exception(e))

# no message, notes, exception with failing __str__
class Weird(Exception):
    def __str__(self):
        raise RuntimeError


print(traceback.format_exception_only(ValueError()))
print(traceback.format_exception_only(Weird()))
e = ValueError('with note')
e.add_note('note one')
e.add_note('note two')
print(traceback.format_exception_only(e))

# syntax errors
try:
    compile('x = (1,\n  2 +* 3)', 'snippet.py', 'exec')
except SyntaxError as e:
    show(traceback.format_exception_only(e))

te = traceback.TracebackException(SyntaxError, SyntaxError('msg', ('f.py', 3, 5, '   abc def\n', 5, 8)), None)
print(list(te.format_exception_only()))

# stack extraction


def where():
    return traceback.extract_stack()


def where2():
    return where()


st = where2()
print([(f.name, f.line) for f in st[-3:]])
print([l.replace(__file__, 'FILE') for l in traceback.format_stack()][-1:])
print(traceback.format_list([('a.py', 3, 'fn', 'x = 1'), ('b.py', 4, 'g', None)]))
ss = traceback.StackSummary.from_list([('a.py', 3, 'fn', 'x = 1')])
print(type(ss).__name__, ss.format())

te = traceback.TracebackException.from_exception(KeyError('k'))
print(str(te), list(te.format()), te.exc_type)
print(linecache.getline(__file__, 2), repr(linecache.getline(__file__, 100000)))
print(repr(linecache.getline('/nonexistent/file.py', 1)), linecache.getlines('<string>'))
print(len(linecache.getlines(__file__)) > 50)
linecache.clearcache()
linecache.checkcache()
