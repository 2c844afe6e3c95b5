from urllib.parse import (urlparse, urlunparse, urlsplit, urlunsplit, urljoin,
                          urldefrag, quote, quote_plus, unquote, unquote_plus,
                          urlencode, parse_qs, parse_qsl, quote_from_bytes,
                          unquote_to_bytes, ParseResult, SplitResult)
import urllib.parse

urls = [
    'http://user:pw@www.Example.com:8080/p/a/t/h;params?query=1&b=2#frag',
    'https://example.com',
    'http://[::1]:80/x',
    'http://[FE80::1%25eth0]/',
    'ftp://ftp.example.org/pub/file.txt',
    'file:///etc/passwd',
    'mailto:someone@example.com',
    '//netloc/only/path',
    '/just/a/path?x=1',
    'relative/path;p?q#f',
    'HTTP://UPPER.case/PATH',
    'http://host/path;a;b?q',
    'tel:+1-555;ext=1',
    '  http://stripped.com/a\tb\nc',
    'http://h:/p',
    'http://u@h',
    'http://:pw@h',
    'a1+-.b:rest',
    '1http://x',
    'http://h?q#f#g',
    '',
    'path:80',
    'http://a/b/c/d;p?q',
]
for u in urls:
    r = urlparse(u)
    s = urlsplit(u)
    print(repr(u))
    print('  ', r)
    print('  ', s)
    print('  ', r.username, r.password, r.hostname, r.port)
    print('  ', r.geturl(), '|', s.geturl(), '|', urlunparse(r), '|', urlunsplit(s))
print(urlparse('www.x.com', 'http'), urlsplit('//x/y', scheme='https'))
print(urlsplit('http://h/p#f', allow_fragments=False))
print(urlparse(b'http://h:1/p?q#f'))
print(urlparse(b'http://u:p@h:1/p').hostname, urlparse(b'http://u:p@h:1/p').port, urlparse(b'http://u:p@h:1/p').username)
print(urlparse('http://h/p').encode(), urlparse(b'http://h/p').decode())
print(urlparse('http://h/p')._replace(scheme='https').geturl())
for bad in ['http://h:abc/', 'http://h:99999/', 'http://h:-1/']:
    try:
        print(urlparse(bad).port)
    except ValueError as e:
        print('ValueError', e)
for bad in ['http://[::1/', 'http://::1]/', 'http://[1.2.3.4]/', 'http://[vx]/', 'http://[::zz]/', 'http://[v1.x]/']:
    try:
        print(urlsplit(bad))
    except ValueError as e:
        print('ValueError', e)
try:
    urljoin('http://a', b'b')
except TypeError as e:
    print('TypeError', e)

print(urlunsplit(('http', '', 'x', '', '')), urlunsplit(('http', '', '//x', '', '')),
      urlunsplit(('', '', '//x', '', '')), urlunsplit(('mailto', '', 'a@b', '', '')),
      urlunparse(('http', 'h', 'p', 'par', 'q', 'f')))

base = 'http://a/b/c/d;p?q'
refs = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s',
        ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..',
        '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g',
        'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h',
        'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x',
        'g#s/../x', 'http:g', 'https:g', '//h/x', 'a//b/../c']
for r in refs:
    print(repr(r), urljoin(base, r))
print(urljoin('http://a/b/', '../../x'), urljoin('http://a', 'b'), urljoin('', 'x'),
      urljoin('x', ''), urljoin('mailto:a@b', 'c'), urljoin('http://a/b', 'https://c/d'),
      urljoin(b'http://a/b/c', b'../d'), urljoin('http://a/b/c', '#f', allow_fragments=False))
print(urldefrag('http://a/b#frag'), urldefrag('http://a/b'), urldefrag(b'x#y'))
print(urldefrag('http://a/b#frag').geturl())

for s in ['abc def', 'a/b/c', 'é€', '~_.-', '', 'a+b&c=d', '%', '\x00\x7f']:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'),
          quote(s, safe='&='))
print(quote(b'a b\xff'), quote_plus(b'a b'), quote('é', encoding='latin-1'),
      quote('é', encoding='ascii', errors='replace'), quote_from_bytes(b'/x y', safe=b'/'))
try:
    quote(b'x', encoding='utf-8')
except TypeError as e:
    print('TypeError', e)
for s in ['abc%20def', '%e2%82%ac', '%zz%4', '%', 'a+b', 'caf%C3%A9 é', '%ff', 'plain']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote(b'a%20b'), unquote('%e9', encoding='latin-1'), unquote('%ff', errors='strict') if False else '')

print(urlencode({'a': 1, 'b': 'x y', 'c': ['p', 'q']}))
print(urlencode({'a': 1, 'b': 'x y', 'c': ['p', 'q']}, doseq=True))
print(urlencode([('k', 'v/w'), ('k', b'b y')], safe='/'))
print(urlencode({'x': 'é'}, encoding='latin-1'), urlencode({'s': 'a b'}, quote_via=quote))
try:
    urlencode('abc')
except TypeError as e:
    print('TypeError', e)
for q in ['a=1&b=2&a=3', 'a=&b', 'a=x+y%21&c=%E2%82%AC', '', '&&a=1&', 'a=1;b=2', 'k=v=w']:
    print(repr(q), parse_qs(q), parse_qsl(q), parse_qs(q, keep_blank_values=True),
          parse_qsl(q, keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qs(b'a=1&a=2'))
for kw in [dict(strict_parsing=True), dict(max_num_fields=1)]:
    try:
        parse_qsl('a=1&b', **kw)
    except ValueError as e:
        print('ValueError', e)
print(isinstance(urlparse('x'), ParseResult), isinstance(urlsplit('x'), SplitResult), isinstance(urlparse('x'), tuple))
print(urllib.parse.uses_netloc[:5], urllib.parse.scheme_chars)
print(urllib.parse.unwrap('<URL:http://x/>'))
