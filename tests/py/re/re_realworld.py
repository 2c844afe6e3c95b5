import re

# emails
EMAIL = re.compile(r'^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$')
for s in ['john.doe@example.com', 'a+b@sub.domain.org', 'bad@', '@bad.com', 'x@y.z', 'ok_1@host.io']:
    print(s, bool(EMAIL.match(s)))
print(re.findall(r'[\w.+-]+@[\w-]+\.[\w.]+', 'Contact: a@b.com, c.d@e-f.co.uk; nobody@'))

# dates
DATE = re.compile(r'(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>\d{2})')
for m in DATE.finditer('from 2023-01-15 to 2024-12-31, not 2024-13-01'):
    print(m.group('y', 'm', 'd'), m.span(), m.groupdict())
print(DATE.sub(r'\g<d>/\g<m>/\g<y>', 'due 2021-07-04.'))
print(re.sub(r'(\d+)/(\d+)/(\d+)', lambda m: '-'.join(reversed(m.groups())), '04/07/2021'))

# log lines
LOG = re.compile(r'''
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+      # client address
    -\s+(?P<user>\S+)\s+                      # user
    \[(?P<time>[^\]]+)\]\s+                   # timestamp
    "(?P<method>[A-Z]+)\s(?P<path>\S+)\s[^"]*"\s+
    (?P<status>\d{3})\s+(?P<size>\d+|-)$
''', re.VERBOSE)
lines = [
    '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326',
    '10.0.0.5 - - [11/Oct/2000:14:01:02 -0700] "POST /login HTTP/1.1" 302 -',
    'garbage line',
]
for line in lines:
    m = LOG.match(line)
    print(m and (m['ip'], m['user'], m['method'], m['path'], int(m['status']), m['size']))

# tokenizer with alternation of named groups and lastgroup
TOKEN_SPEC = [
    ('NUMBER', r'\d+(?:\.\d*)?'),
    ('ASSIGN', r':='),
    ('END', r';'),
    ('ID', r'[A-Za-z_]\w*'),
    ('OP', r'[+\-*/()]'),
    ('NEWLINE', r'\n'),
    ('SKIP', r'[ \t]+'),
    ('MISMATCH', r'.'),
]
tok_regex = '|'.join('(?P<%s>%s)' % pair for pair in TOKEN_SPEC)
code = 'x := 3.5 + y1*(2 - z);\nprint(x) $'
line = 1
for mo in re.finditer(tok_regex, code):
    kind = mo.lastgroup
    if kind == 'SKIP':
        continue
    if kind == 'NEWLINE':
        line += 1
        continue
    print(line, kind, repr(mo.group()), mo.start(), mo.lastindex)

# key=value config
cfg = 'name = "krait"\n# comment\nversion=3.11\n  debug = true  \n'
print(dict(re.findall(r'^\s*(\w+)\s*=\s*"?([^"\n]*?)"?\s*$', cfg, re.M)))

# lookarounds, atomic, possessive
print(re.findall(r'\d+(?=px)', '10px 20em 30px'))
print(re.findall(r'(?<!\$)\b\d+\b', '$10 20 $30 40'))
print(re.findall(r'(?<=\$)\d+', '$10 20 $30'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)ab', 'aaab'))
print(re.match(r'a++b', 'aaab'), re.match(r'a++ab', 'aaab'), re.match(r'a{1,3}+a', 'aaa'))
print(re.match(r'(?:ab)*+c', 'ababc'), re.fullmatch(r'\w*?x', 'abcx'))

# backreferences and conditionals
print(re.findall(r'\b(\w+)\s+\1\b', 'the the cat sat sat down'))
print(re.match(r'(?P<q>[\'"]).*?(?P=q)', '"hi" there'))
print(re.match(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)', '<user@host.com>'))
print(re.match(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)', 'user@host.com'))
print(re.match(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)', '<user@host.com'))
print(re.match(r'(a)|b', 'b').group(1), re.match(r'(?i)(a)\1', 'aA'))

# quantifier forms
print(re.findall(r'a{,2}', 'aaaaa'), re.findall(r'a{2,}', 'a aa aaa'), re.findall(r'a{2}', 'aaaaa'))
print(re.findall(r'x{', 'x{'), re.findall(r'x{a}', 'x{a}'), re.findall(r'x{}', 'x{}'), re.findall(r'a{1,2}?', 'aaa'))
print(re.match(r'a{,}', 'aaa'), re.findall(r'\d{2,3}?', '12345'))

# anchors
print(re.findall(r'\Aa', 'aa'), re.search(r'a\Z', 'a\n'), re.search(r'a$', 'a\n'), re.search(r'a\Z', 'ba'))
print(re.findall(r'^\w+$', 'one\ntwo\nthree', re.M), re.findall(r'\Bo\B', 'foo book'))

# character classes
print(re.findall(r'[]a]', 'a]b'), re.findall(r'[^]a]', 'a]b'), re.findall(r'[a-]', 'a-b'), re.findall(r'[-a]', '-ab'))
print(re.findall(r'[\d\s]', 'a1 b'), re.findall(r'[^\W\d]', 'a1_b'), re.findall(r'[\]\\]', r'a]\b'))
print(re.findall(r'[.*+?^$|(){}]', 'a.*b'), re.findall(r'[\w.-]+', 'a-b.c d'))
print(re.findall(r'[\x41-\x43\u00e9]', 'ABCDé'), re.findall(r'[\0-\x1f]', 'a\x00b\tc'), re.findall('[\\n]', 'a\nb'))
print(re.findall(r'[\W]', 'a b!'), re.findall(r'[\S]+', 'ab  cd'), re.findall(r'(?a)[\W]', 'aé b'), re.findall(r'(?a)[^\W]', 'aé b'))

# escapes
print(re.findall(r'\x41\u0042\U00000043\101\0', 'ABCA\x00'))
print(re.findall(r'\.\-\#\ \&\~', '.-# &~'), re.match(r'\a\f\t\v\n\r', '\a\f\t\v\n\r') is not None, re.findall(r'\012', 'a\nb'))

# case-insensitive unicode
print(re.findall(r'(?i)straße', 'STRASSE Straße STRAßE'), re.match(r'(?i)[a-z]+', 'HeLLo'), re.findall('(?i)é', 'Éé'))
print(re.match(r'(?i)ſ', 's'), re.match('(?i)k', '\u212a'), re.match(r'\w+', 'naïve café').group())

# dotall / verbose details
print(re.findall(r'(?s).+', 'a\nb'), re.findall(r'.+', 'a\nb'), re.findall(r'(?s:a.)b.', 'a\nba\nb'))
print(re.findall(r'''(?x)
  \d+   # digits
  \ +   # escaped space
  [ a]  # class keeps space
''', '12  a 3 b'))

# empty matches
print(re.sub(r'\b', '|', 'ab cd'), re.sub(r'(?=x)', '^', 'axbx'), re.split(r'(?=[A-Z])', 'HelloWorldFoo'))
print(re.subn(r'a*', 'X', 'baaac'), list(m.span() for m in re.finditer(r'a*?', 'aa')))

# long subject (cache path) and non-latin subjects
text = ' '.join('w%d' % i for i in range(2000))
print(len(re.findall(r'w\d+', text)), re.findall(r'w19\d\d', text)[:3], re.search(r'w1999$', text).span())
print(re.findall(r'\w+', 'Ünïcödé 世界 😀 ok'), re.search('界', 'x世界y').span(), re.sub('😀', ':)', 'hi 😀!'))
print(re.split(r'\s*[;,]\s*', 'a ; b,c  ,d'), re.findall(rb'[\x80-\xff]+', b'ab\xc3\xa9cd\xff'))
