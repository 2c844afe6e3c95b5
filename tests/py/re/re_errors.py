import re

bad = ['[a', '*a', '(abc', 'a)', r'\q', 'a**', '(?P<1>a)', 'x{3,2}', '+', '?', 'a|*', '(*)',
       '^*', r'\b+', 'a{2}{3}', 'a*??', '(?P<a>x)(?P<a>y)', '(?P=zz)', r'(a)\2', r'\1(a)',
       '(?<x)', '(?P', '(?', '(?Q)', '(?i', '(?i-', '(?iz)', '(?-a:x)', 'a(?i)b', '(?L)x',
       '(?#abc', r'[z-a]', r'[\d-z]', r'\x4', r'\u12', r'\U0011ffff', r'\777', '[a-\\', '\\',
       r'(?(2)a)(b)', r'(?(x)a)', r'(?(0)a)', r'(?(1)a|b|c)(x)', '(?P<>a)', '(?P<a', '(?P=',
       '(?P=a', 'abc\n(', '(?x)\n  [a\n', r'[\A]', r'[\8]', r'\N{NOT A NAME}', '(?>', 'a{1,2',
       '(?<=a+)b', '(a', 'a)b)', '[]', '[^]']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

for p, fl in [('a', re.L), (b'a', re.U), ('a', re.A | re.U), (b'(?u)a', 0), (b'a', re.A | re.L)]:
    try:
        re.compile(p, fl)
        print(p, 'compiled')
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)

for t in [r'\3', r'\g<2>', r'\g<x>', r'\g<-1>', r'\g<', r'\g<1', r'\q', 'x\\', r'\g']:
    try:
        print(repr(re.sub('(a)', t, 'a')))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)

try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print(e)
e = re.error('boom', 'a\nbc', 3)
print(e, e.lineno, e.colno, isinstance(e, Exception), re.error.__module__)
print(re.compile(re.compile('a')).pattern)
