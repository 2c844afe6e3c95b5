import re
print(re.findall(r'\s', 'a\x1c\x1f \t\xa0\u2028\x85b'), re.findall(r'[\s]', 'a\x1cb '), re.findall(r'\S+', 'a\x1cb c'))
print(len(re.findall(r'\s', ''.join(chr(i) for i in range(0x3000 + 1)))), len(re.findall(r'\w', ''.join(chr(i) for i in range(0x3000)))))
print(len(re.findall(r'\d', ''.join(chr(i) for i in range(0x10000)))), len(re.findall(r'(?i)k', ''.join(chr(i) for i in range(0x3000)))))
print(re.match(r'(a|b)*c', 'ab' * 5000 + 'c').span())
print(re.match(r'(?:a|b)*?c', 'ab' * 5000 + 'c').span())
