import re
print(re.split('a', 'bab', maxsplit=-1), re.sub('a', 'x', 'aaa', count=-1), re.subn('a','x','aa',count=-5))
print(re.findall(b'a(b)?', bytearray(b'abac')), re.split(b'a', bytearray(b'xay')), re.sub(b'a', b'q', bytearray(b'aba')))
print(re.findall('(a)(b)?', 'ab a'), re.compile('a').findall('aaaa', 1, 3), re.findall('', 'ab'))
print(re.match(b'a', bytearray(b'ab')).group(), re.sub(b'a', b'', bytearray(b'xay')))
try:
    re.finditer('a', 5)
except TypeError as e:
    print(e)
print([m.group() for m in re.finditer(b'.', bytearray(b'ab'))], re.split('x', 'axb', -1), re.subn('x', 'y', 'xx', -1))
