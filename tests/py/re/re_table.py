import re

CASES = [
    (r'a|b|', 'abc'), (r'(a|)+', 'aaa'), (r'(?:)', 'ab'), (r'()', 'ab'), (r'(a*)*', 'b'),
    (r'(a*)+', 'b'), (r'(a|b)*?c', 'abac'), (r'x*?', 'xx'), (r'\bfoo\b', 'foo.bar foobar (foo)'),
    (r'[^a-z\s]+', 'abc DEF 123 !!'), (r'[\w-]+', 'foo-bar baz_q'), (r'\$\d+(?:\.\d\d)?', 'cost $10.50 or $7'),
    (r'(\w+)@(\w+)\.com', 'a@b.com c@d.com'), (r'(?i)[A-F0-9]{2}', 'ff 0A zz'), (r'0[xX][0-9a-fA-F]+', '0x1F 0XaB 0x'),
    (r'[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?', '1.5e3 -.5 +7 x'), (r'"(?:[^"\\]|\\.)*"', r'say "hi \"there\"" ok'),
    (r'<([a-z]+)[^>]*>(.*?)</\1>', '<b class="x">bold</b> <i>it</i>'), (r'^(\s*)#', '  # comment'),
    (r'(?m)^\s*$', 'a\n\n  \nb'), (r'(?s)/\*.*?\*/', 'x /* a\nb */ y /* c */'), (r'\d{3}-\d{4}', 'call 555-1234 now'),
    (r'(?P<h>\d\d):(?P<m>\d\d)(?::(?P<s>\d\d))?', '12:30 and 01:02:03'), (r'[ァ-ヶ]+', 'カタカナ ひらがな'),
    (r'\W+', 'a, b;  c'), (r'(?<![\w.])\d+(?![\w.])', '1 2.5 x3 44'), (r'(?=(\w\w))', 'abcd'),
    (r'(a)(?(1)b|c)', 'ab ac'), (r'(?P<q>")?\w+(?(q)")', '"abc" def "gh'), (r'[\[\]]', 'a[b]c'),
    (r'[a\-z]', 'a-z b'), (r'[\^a]', '^ab'), (r'[a^]', 'x^a'), (r'\\n', r'a\nb'), (r'\t', 'a\tb'),
    (r'[\x00-\x7f]+', 'abcé'), (r'[^\x00-\x7f]+', 'abcéü!'), (r'\u00e9|\U0001F600', 'é😀'),
    (r'(?i)ǅ', 'Ǆ ǆ ǅ'), (r'(?i)[ǅ]', 'Ǆ ǆ'), (r'(?i)ς', 'Σ σ ς'), (r'(?i)[k-m]', 'K\u212aL'), (r'(?ai)[k-m]', 'K\u212aL'),
    (r'(?a)\bé', 'é aé'), (r'\bé', 'é aé'), (r'(?u)\w', 'é'), (r'.', '\n'), (r'(?s).', '\n'), (r'^$', ''),
    (r'$', 'a\n'), (r'(?m)$', 'a\nb\n'), (r'\Z', 'a\n'), (r'\A', ''), (r'a{0}', 'aa'), (r'a{1}?', 'aa'),
    (r'(ab){2}', 'ababab'), (r'(?:a{2})+', 'aaaaa'), (r'a{3,5}?', 'aaaaaa'), (r'\d{,2}', '12345'),
    (r'(?>a|ab)c', 'abc ac'), (r'(?:a|ab)c', 'abc ac'), (r'\w++\d', 'abc1'), (r'[abc]?+c', 'c'),
    (r'(?x) [a-z] + # letters', 'ab cd'), (r'(?x) \# \  x', '# x'), (r'(?x)[# ]', 'a b#'),
    (r'(?i:AB)c', 'abc abC'), (r'(?s:.)(?m:^b)', 'a\nb'), (r'(?-s:.)', '\n'), (r'(?#comment)x', 'x'),
    (r'x(?#c)*', 'xxx'), (r'(?P<a>a)(?P=a)', 'aa ab'), (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'),
    (r'\0', 'a\x00'), (r'\07', '\x07'), (r'\101', 'A'), (r'[\101-\103]', 'ABCD'), (r'\x41{2}', 'AAA'),
]
for pat, s in CASES:
    try:
        p = re.compile(pat)
        m = p.search(s)
        print(repr(pat), p.findall(s), m and (m.span(), m.groups()), p.sub('<\\g<0>>', s), p.split(s))
    except re.error as e:
        print(repr(pat), 'error', e)

BCASES = [
    (rb'\w+', b'abc \xe9\xff def'), (rb'(?i)abc', b'ABC \xc9'), (rb'[\x80-\xff]', b'a\x80\xff'), (rb'\s+', b'a \x85\xa0b'),
    (rb'\d', b'1\xb2'), (rb'(?L)\w', b'a'), (rb'\bx', b'x \xe9x'), (rb'.', b'\n\x00'),
]
for pat, s in BCASES:
    try:
        p = re.compile(pat)
        print(repr(pat), p.findall(s), p.sub(b'-', s), p.flags)
    except (re.error, ValueError) as e:
        print(repr(pat), 'error', e)
