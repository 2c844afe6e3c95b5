# SyntaxError fields and str, UnicodeError str forms

e = SyntaxError('m', ('f.py', 3, 4, 'txt', 3, 5))
print(e, '|', e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
print(SyntaxError('m', ('/a/b/f.py', 3, 4, 'txt')), '|', SyntaxError('m', (None, 3, 4, 'x')))
print(SyntaxError('m', ('f', None, 4, 'x')), '|', SyntaxError(), '|', SyntaxError('a', 'b', 'c'))
print(repr(SyntaxError('m', ('f.py', 1, 2, 't'))), SyntaxError().msg, SyntaxError('q').lineno)
print(IndentationError('bad indent', ('x.py', 7, 1, ' y', 7, 2)), issubclass(TabError, IndentationError))
for bad in [1, (1, 2)]:
    try:
        SyntaxError('m', bad)
    except TypeError as x:
        print(x)
try:
    compile('x = = 1', 'prog.py', 'exec')
except SyntaxError as x:
    print(type(x).__name__, x.filename, x.lineno, x.offset, repr(x.text))
try:
    compile('def f(:\n  pass', 'p2.py', 'exec')
except SyntaxError as x:
    print(type(x).__name__, x.filename, x.lineno)
try:
    compile('if 1:\npass', 'p3.py', 'exec')
except IndentationError as x:
    print(type(x).__name__, x.msg, x.lineno)
print(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'))
print(UnicodeDecodeError('utf-8', b'\xffab', 0, 2, 'bad'))
print(UnicodeEncodeError('ascii', '\xe9', 0, 1, 'ordinal not in range(128)'))
print(UnicodeEncodeError('ascii', '\u20ac', 0, 1, 'r'), '|', UnicodeEncodeError('ascii', 'abc', 0, 3, 'r'))
print(UnicodeTranslateError('\u20ac', 0, 1, 'r'), '|', UnicodeTranslateError('abc', 1, 3, 'why'))
u = UnicodeDecodeError('utf-8', b'ab\xfe', 2, 3, 'oops')
print(u.encoding, u.object, u.start, u.end, u.reason, u.args)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as x:
    print(x, '|', x.start, x.end, x.reason)
try:
    'h\xe9'.encode('ascii')
except UnicodeEncodeError as x:
    print(x)
for args in [('utf-8',), ('utf-8', 1, 0, 1, 'x'), (1, b'', 0, 1, 'x')]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as x:
        print(x)
