#!/usr/bin/env python3.11
"""Generates tests/unit/str_cases.inc: method-call cases for str and bytes
with the results python3.11 gives (as repr, or "!ExcType: message").

Each case is {receiver, method, args[], expected}.  Arguments are encoded
as C strings with a one-letter tag: s<utf-8 str>, S<hex of utf-8 str>, i<int>, B<0 or 1: bool>, b<hex bytes>,
N (None), f<float>, L<list of items encoded the same way, \\x1f-separated>,
T<tuple, likewise>,
K<keyword name> (the next argument is passed by that keyword).  The method
"%" means receiver % tuple(args); "[]" means receiver[slice(*args)] with
"N" for None.

Usage: python3.11 scripts/gen_str_tests.py > tests/unit/str_cases.inc
"""
import sys


def c_str(s):
    if isinstance(s, str):
        s = s.encode('utf-8', 'surrogatepass')
    out = []
    for b in s:
        ch = chr(b)
        if 32 <= b < 127 and ch not in '"\\?':
            out.append(ch)
        else:
            out.append('\\%03o' % b)
    return '"' + ''.join(out) + '"'


def enc_arg(a):
    if a is None:
        return 'N'
    if isinstance(a, bool):
        return 'B%d' % int(a)
    if isinstance(a, int):
        return 'i%d' % a
    if isinstance(a, float):
        return 'f' + repr(a)
    if isinstance(a, str):
        if '\x00' in a or '\x1f' in a:
            return 'S' + a.encode('utf-8', 'surrogatepass').hex()
        return 's' + a
    if isinstance(a, bytes):
        return 'b' + a.hex()
    if isinstance(a, list):
        return 'L' + '\x1f'.join(enc_arg(x) for x in a)
    if isinstance(a, tuple):
        return 'T' + '\x1f'.join(enc_arg(x) for x in a)
    raise TypeError(a)


def run(recv, meth, args, kw):
    try:
        if meth == '%':
            r = recv % tuple(args)
        elif meth == '[]':
            r = recv[slice(*args)]
        else:
            r = getattr(recv, meth)(*args, **kw)
        return repr(r)
    except Exception as e:
        return '!%s: %s' % (type(e).__name__, e)


def emit(name, cases):
    print('static const StrCase %s[] = {' % name)
    for recv, meth, args, kw in cases:
        enc = [enc_arg(a) for a in args]
        for k, v in kw.items():
            enc.append('K' + k)
            enc.append(enc_arg(v))
        exp = run(recv, meth, args, kw)
        rec = enc_arg(recv)
        print('    {%s, %s, {%s}, %d, %s},' % (
            c_str(rec), c_str(meth), ', '.join(c_str(e) for e in enc) or '0',
            len(enc), c_str(exp)))
    print('};\n')


STRS = ['', 'hello world', '  Hello, World!  ', 'héllo wörld', 'ÀÉÎ õü ß',
        'Ωμέγα ∑ xyz', 'a𝄞b𝄞c', ' 𝄞 ΣΑΣ 𝄞 ', 'mixé Ω 𝄞 end', 'tab\there\nnew\r\nline',
        'İstanbul ǅemal ﬁne', 'x.y.z..', 'ΌΣΟΣ σ', '123', '٣٤', '½']
SUBS = ['o', 'ö', 'Ω', '𝄞', '', 'l', 'zz', ' ']

cases = []
for s in STRS:
    for m in ['upper', 'lower', 'casefold', 'swapcase', 'title', 'capitalize', 'isalpha',
              'isalnum', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'islower',
              'isupper', 'istitle', 'isidentifier', 'isprintable', 'isascii', 'split',
              'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', 'expandtabs',
              '__sizeof__']:
        cases.append((s, m, [], {}))
    for sub in SUBS:
        for m in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith',
                  'partition', 'rpartition', 'split', 'rsplit', 'strip', 'removeprefix',
                  'removesuffix']:
            cases.append((s, m, [sub], {}))
        cases.append((s, 'replace', [sub, '<' + sub + '>'], {}))
        cases.append((s, 'replace', [sub, '#', 1], {}))
        cases.append((s, 'find', [sub, 2], {}))
        cases.append((s, 'find', [sub, -5, -1], {}))
        cases.append((s, 'count', [sub, 1, None], {}))
        cases.append((s, 'split', [sub, 1], {}))
        cases.append((s, 'rsplit', [], {'sep': sub, 'maxsplit': 1}))
    for w in [0, 5, 20]:
        for m in ['center', 'ljust', 'rjust', 'zfill']:
            cases.append((s, m, [w], {}))
        cases.append((s, 'center', [w, '∙'], {}))
    cases.append((s, 'split', [None, 1], {}))
    cases.append((s, 'rsplit', [None, 1], {}))
    cases.append((s, 'splitlines', [True], {}))
    cases.append((s, 'expandtabs', [4], {}))
    cases.append((s, 'encode', [], {}))
    cases.append((s, 'encode', ['latin-1'], {}))
    cases.append((s, 'encode', ['ascii', 'replace'], {}))
    cases.append((s, 'encode', ['ascii', 'backslashreplace'], {}))
    cases.append((s, 'encode', ['ascii', 'xmlcharrefreplace'], {}))
    cases.append((s, 'encode', ['utf-16'], {}))
    cases.append((s, 'strip', ['xΩ𝄞 '], {}))
    cases.append((s, 'join', [['a', 'β', '𝄞']], {}))
    cases.append((s, 'startswith', [('he', 'Ω', 'a𝄞')], {}))
    cases.append((s, '__getnewargs__', [], {}))
    for sl in [(None, None, -1), (1, None, None), (None, None, 2), (-3, None, None),
               (5, 1, -1), (None, None, -3), (1, -1, 3), (100, None, None), (-100, 2, None)]:
        cases.append((s, '[]', list(sl), {}))

# repr escaping (the result's repr is repr(repr(s)), so both levels are checked).
REPRS = ["it's", 'say "hi"', 'both \' and "', 'back\\slash', '\x00\x07\x1f\x7f', '\x80\x9f\xa0\xad\xff',
         'é\u0378\u2028\u2029\ue000', '\ud800\udfff', '\U000e0001\U0001f600\U0010ffff',
         'e\u0301 \u200b\u3000\ufeff', '\t\n\r\x0b\x0c', '𝄞\U000f0000']
for r in REPRS:
    cases.append((r, '__repr__', [], {}))
    cases.append((r, '__len__', [], {}))

# Error messages.
ERR = [
    ('abc', 'find', [1], {}), ('abc', 'count', [], {}), ('abc', 'count', ['a', 1, 2, 3], {}),
    ('abc', 'center', [], {}), ('abc', 'center', [5, 'xy'], {}), ('abc', 'center', ['x'], {}),
    ('abc', 'strip', [1], {}), ('abc', 'split', [1], {}), ('abc', 'split', [''], {}),
    ('abc', 'join', [['a', 1]], {}), ('abc', 'replace', [1, 'x'], {}),
    ('abc', 'replace', ['a', 2], {}), ('abc', 'startswith', [1], {}),
    ('abc', 'startswith', [('a', 1)], {}), ('abc', 'partition', [''], {}),
    ('abc', 'index', ['z'], {}), ('abc', 'rindex', ['z'], {}), ('abc', 'removeprefix', [1], {}),
    ('abc', 'encode', ['nope'], {}), ('aé', 'encode', ['ascii'], {}),
    ('aé€', 'encode', ['latin-1'], {}), ('a\udc80b', 'encode', [], {}),
    ('abc', 'find', ['a', 'x'], {}), ('abc', 'zfill', ['x'], {}),
    ('abc', 'splitlines', [], {'x': 1}),
]
cases.extend(ERR)

# format / format_map and %.
FMT = [
    ('{} {}', ['a', 1]), ('{0}{1}{0}', ['x', 'y']), ('{:>10}', ['𝄞']), ('{:*^9}', ['Ωμ']),
    ('{:.2}', ['héllo']), ('{0!r:>12}', ['é\n']), ('{0!a}', ['é𝄞']), ('{{}} {}', ['x']),
    ('{:{}}', ['x', 5]), ('{:<{}}|', ['ab', 6]), ('{', []), ('}', []), ('{0', [1]),
    ('{!x}', [1]), ('{!rx}', [1]), ('{0}{}', [1, 2]), ('{}{0}', [1, 2]), ('{2}', [1]),
    ('{a}', [1]), ('{0.}', [1]), ('{0[}', [1]), ('{:{:{}}}', [1, 2, 3]), ('{0[0]}', ['xy']),
    ('{0.real}', [5]), ('{!}', [1]), ('{0!', [1]), ('{a{}', [1]), ('{:d}', ['x']),
    ('{:=5}', ['x']), ('{:+}', ['x']), ('{0[1][0]}', ['ab']), ('{:5}|{:<5}|{:^5}', [1, 2, 3]),
]
for f, args in FMT:
    cases.append((f, 'format', args, {}))
cases.append(('{a}-{b!r}', 'format', [], {'a': 'α', 'b': '𝄞'}))
cases.append(('{0[x]}', 'format', [], {}))
PCT = [
    ('%s|%r|%a', ['é', 'é', 'é𝄞']), ('%5s|%-5s|%.1s', ['Ω', 'Ω', 'Ωμ']),
    ('%d %i %u', [1, -2, 3]), ('%5d|%-5d|%05d|%+d|% d', [42, 42, -42, 5, 5]),
    ('%x %X %o %#x %#X %#o', [255, 255, 8, 255, 255, 8]), ('%.3d|%8.3x', [5, 255]),
    ('%f %e %g %E %G', [3.14159, 12345.678, 0.0001, 1e20, 1e-20]),
    ('%.2f|%10.3f|%-10.1e|%+.0f|%#.0f', [2.5, -3.14159, 1234.5, 2.5, 3.0]),
    ('%c%c%c', [65, 'é', 0x1d11e]), ('%%|%s', ['x']), ('%d', [3.7]), ('%s', [[1, 2]]),
    ('%s %s', [1]), ('%s', [1, 2]), ('%', [1]), ('%z', [1]), ('%d', ['x']), ('%x', [1.5]),
    ('%c', [1114112]), ('%c', ['ab']), ('%*d|%-*d|%.*f', [5, 1, 4, 2, 2, 3.14159]),
    ('%s', [float('inf')]), ('%f|%F', [float('nan'), float('-inf')]), ('', [1]),
    ('%-05d|', [3]), ('%#5x|%#-8o|', [255, 8]), ('%+5s|', ['a']),
    ('%.0e|%#g|%g|%.3g', [12345.0, 1.0, 1e-5, 1234567.0]), ('%i|%s|%d|%x', [True, True, True, True]),
    ('%5c|%-3c|', ['x', 'y']), ('%o', [-8]), ('%.5s', ['ab']), ('%d|%x', [2**100, -2**70]),
    ('%s', []), ('%r', ['\ud800']),
]
for f, args in PCT:
    cases.append((f, '%', args, {}))

emit('str_cases', cases)

BYTES = [b'', b'hello world', b'  Hello, World!  ', b'\x00\xff\x80abc', b'tab\there\r\nx',
         b"it's", b'say "hi"', b'both \' and "', b'x.y.z..']
bcases = []
for s in BYTES:
    for m in ['upper', 'lower', 'swapcase', 'title', 'capitalize', 'isalpha', 'isalnum',
              'isdigit', 'isspace', 'islower', 'isupper', 'istitle', 'isascii', 'split',
              'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', 'expandtabs', 'hex',
              'decode', '__getnewargs__']:
        bcases.append((s, m, [], {}))
    for sub in [b'o', b'', b'l', b'\xff', b'zz', b' ']:
        for m in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith',
                  'partition', 'rpartition', 'split', 'rsplit', 'strip', 'removeprefix',
                  'removesuffix']:
            bcases.append((s, m, [sub], {}))
        bcases.append((s, 'replace', [sub, b'<>'], {}))
        bcases.append((s, 'replace', [sub, b'#', 1], {}))
    for w in [0, 5, 20]:
        for m in ['center', 'ljust', 'rjust', 'zfill']:
            bcases.append((s, m, [w], {}))
        bcases.append((s, 'center', [w, b'*'], {}))
    bcases.append((s, 'find', [111], {}))
    bcases.append((s, 'count', [108, 1], {}))
    bcases.append((s, 'hex', [':'], {}))
    bcases.append((s, 'hex', ['-', 2], {}))
    bcases.append((s, 'hex', [' ', -2], {}))
    bcases.append((s, 'decode', ['latin-1'], {}))
    bcases.append((s, 'decode', ['utf-8', 'replace'], {}))
    bcases.append((s, 'decode', ['ascii', 'ignore'], {}))
    bcases.append((s, 'decode', ['utf-8', 'surrogateescape'], {}))
    bcases.append((s, 'decode', ['utf-8', 'backslashreplace'], {}))
    bcases.append((s, 'splitlines', [True], {}))
    for sl in [(None, None, -1), (1, None, None), (None, None, 2), (5, 1, -1), (-100, 2, None)]:
        bcases.append((s, '[]', list(sl), {}))
BERR = [
    (b'a', 'find', ['a'], {}), (b'a', 'split', ['a'], {}), (b'a', 'strip', ['a'], {}),
    (b'a', 'replace', ['a', b''], {}), (b'a', 'startswith', ['a'], {}),
    (b'a', 'center', [3, 'x'], {}), (b'a', 'center', [3, b'xy'], {}),
    (b'a', 'partition', ['a'], {}), (b'a', 'count', [1000], {}), (b'a', 'decode', ['foo'], {}),
    (b'a', 'removeprefix', ['a'], {}), (b'a', 'index', [5], {}), (b'a', 'split', [b''], {}),
    (b'\xff', 'decode', [], {}), (b'a\xe2\x82', 'decode', [], {}),
    (b'\xe2\x28\xa1', 'decode', [], {}), (b'\xe2\x82\x28', 'decode', [], {}),
    (b'\xed\xa0\x80', 'decode', [], {}), (b'\xc3\xa9\x80', 'decode', ['ascii'], {}),
]
bcases.extend(BERR)
BPCT = [
    (b'%s|%b|%r|%a', [b'x', b'y', b'z', 'é']), (b'%d %x %5.1f|%c%c', [5, 255, 2.25, 65, b'B']),
    (b'%s', ['x']), (b'%d', ['x']), (b'%s %s', [b'a']), (b'%s', [b'a', b'b']),
    (b'%-4s|%4s|%.1s', [b'a', b'b', b'cd']),
]
for f, args in BPCT:
    bcases.append((f, '%', args, {}))
emit('bytes_cases', bcases)
