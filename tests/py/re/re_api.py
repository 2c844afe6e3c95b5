import re

# search / match / fullmatch and Match API
m = re.search(r'(\d+)-(\d+)', 'abc 12-345 x')
print(m, m.group(), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(2))
print(m[0], m[1], m.re, m.string, m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs)
m = re.match(r'(?P<user>[\w.]+)@(?P<host>\w+\.com)', 'joe.b@example.com rest')
print(m.groupdict(), m.group(1, 'host'), m.span('host'), m.lastindex, m.lastgroup, m['user'])
print(re.match('a', 'ba'), re.search('a', 'ba'), re.fullmatch('a|ab', 'ab'), re.fullmatch('a', 'ab'))
m = re.match(r'(a)(b)?(c)?', 'a')
print(m.groups(), m.groups('-'), m.span(2), m.start(3), m.group(2), m.lastindex)
print(re.match(r'(?P<x>a)(?P<y>b)?', 'a').groupdict(), re.match(r'(?P<x>a)(?P<y>b)?', 'a').groupdict(0))
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex, re.match('(a)|(b)', 'b').lastindex)
for bad in [3, 'zz', -1]:
    try:
        re.match('(a)', 'a').group(bad)
    except IndexError as e:
        print('IndexError', e)
print(re.match(r'(\w+) (\w+)', 'Isaac Newton').expand(r'\2, \1 (\g<0>)'))

# Pattern API
p = re.compile(r'(?P<word>\w+)', re.I)
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(p.search('  hello', 3), p.match('  hello', 2), p.match('hello', 1, 3), p.fullmatch('hello', 1, 3))
print(p.findall('ab cd ef', 3), p.findall('ab cd ef', 0, 4))
print(re.compile('a'), re.compile(b'a'), re.compile('a', re.M | re.S), re.compile('(?i)a'), re.compile('(?i)a').flags)
print(re.compile('a', re.A), re.compile('a', re.A).flags, re.compile(b'a').flags)
print(re.compile('x') is re.compile('x'))

# findall / finditer
print(re.findall(r'\b\w+\b', 'héllo wörld 42'))
print(re.findall(r'(\w)(\d)?', 'a1 b c3'))
print(re.findall(r'(\w+)=(\d+)', 'a=1, b=22, c=x'))
print(re.findall('', 'abc'), re.findall('x*', 'axxb'))
print([m.span() for m in re.finditer(r'\d*', 'a12b')])
print([m.group() for m in re.finditer(r'[A-Z][a-z]+', 'Hello There World')])

# sub / subn
print(re.sub('x*', '-', 'abxd'))
print(re.sub(r'(\w+) (\w+)', r'\2 \g<1>!', 'hello world'))
print(re.sub(r'(?P<a>\d)', r'<\g<a>>', 'a1b2'))
print(re.sub(r'\d', lambda m: str(int(m[0]) * 2), 'a1b2c3'))
print(re.subn(r'a', 'b', 'aaaa', count=2), re.subn('a', 'b', 'aaaa'))
print(re.sub('a', r'\n\t\\', 'xax'))
print(re.sub('(a)|b', r'[\1]', 'ab'))
print(re.sub(r'\s+', ' ', '  lots   of\n\tspace  ').strip())
print(re.sub('', '-', 'abc'))
print(re.sub(b'a', b'b', b'banana'), re.sub(rb'(a)', rb'\1\1', b'ab'))
print(re.sub('(?i)HELLO', 'bye', 'Hello hello HELLO'))

# split
print(re.split(r'\b', 'a b'))
print(re.split(r'(,)\s*', 'a, b,c', maxsplit=1))
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'x*', 'axbc'))
print(re.split(r'(a)|b', 'xaybz'))
print(re.split('[a-f]+', '0a3B9', flags=re.I))

# escape
print(re.escape('a.b*c'), re.escape('1+1=2 #x'), re.escape(b'a.b'), re.escape('-_/%'))

# bytes
print(re.findall(rb'\d+', b'a1b22'), re.match(rb'\w+', b'abc def'))
print(re.match(rb'\w', b'\xe9'), re.match(r'\w', '\xe9'))
for args in [('a', b'a'), (b'a', 'a'), ('a', 3)]:
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError', e)

# flags
print(repr(re.I), str(re.M), re.I | re.M, re.NOFLAG, re.I | re.A, int(re.I | re.M), re.X.value)
print(re.findall('^a', 'a\na', re.M), re.findall('a.b', 'a\nb', re.S), re.findall('a$', 'a\na\n'))
print(re.findall(r'\d', '١٢3'), re.findall(r'\d', '١٢3', re.A))
print(re.match(r'(?a)\w+', 'abcé'), re.match(r'\w+', 'abcé'))
print(re.match('(?i:a)b', 'Ab'), re.match('(?i:a)b', 'AB'), re.match('(?-i:a)b', 'aB', re.I))
print(re.findall('''
    (\\d+)   # number
    \\s*     # space
    ([a-z]+) # unit
''', '10 km, 5kg', re.X))
print(re.match('(?x) a b # c', 'ab'), re.match('(?x:a b) c', 'ab c'))
print(re.match('[ ]a', ' a', re.X))
