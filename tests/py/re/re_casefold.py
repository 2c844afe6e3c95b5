import re
s = ''.join(chr(i) for i in range(0x30000) if not 0xd800 <= i < 0xe000)
for pat in [r'\w', r'\d', r'\s', r'\W', r'[\w]', r'[^\d]']:
    r = re.findall(pat, s)
    print(pat, len(r), sum(map(ord, r)) % 1000003)
for c in 'aksiµΣß':
    r = re.findall('(?i)' + re.escape(c), s)
    print(c, [hex(ord(x)) for x in r])
print(re.findall('(?i)[a-z]+', 'İstanbul ıi'), re.findall('[h-j]', 'İı', re.I), re.findall('(?i:i)I', 'İI ıi'), re.findall('(?-i:i)', 'İi', re.I))
print(re.findall(r'(?i)\x69', 'İ'), re.findall('(?i)[^i]', 'İıa'), re.findall('(?i)i', 'İ', re.A))
