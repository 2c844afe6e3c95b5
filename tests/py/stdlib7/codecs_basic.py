import codecs
print(codecs.encode('aé€', 'utf-8'), codecs.decode(b'a\xc3\xa9', 'utf-8'))
print(codecs.encode('aé', 'latin-1'), codecs.decode(b'\xe9', 'latin1'))
for n in ['UTF8', 'utf_8', 'latin1', 'ascii', 'utf-16', 'UTF-16-LE', 'utf-32', 'utf-8-sig', 'unicode_escape', 'raw_unicode_escape']:
    print(n, codecs.lookup(n).name)
try:
    codecs.lookup('nope')
except LookupError as e:
    print('LookupError', e)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.getencoder('utf-8')('hé'), codecs.getdecoder('ascii')(b'hi'))
info = codecs.lookup('utf-8')
print(info.encode('x'), info.decode(b'y'), info[0] is info.encode)
print(codecs.encode('a\tb\n\\ é€\U0001f600\x01', 'unicode_escape'))
print(codecs.decode(b'a\\tb\\n\\\\ \\xe9\\u20ac\\U0001f600\\x01\\101', 'unicode_escape'))
print(codecs.encode('aé€\U0001f600\\', 'raw_unicode_escape'))
print(codecs.decode(b'a\\u20ac\\n\\xe9', 'raw_unicode_escape'))
try:
    codecs.decode(b'\\x4', 'unicode_escape')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
try:
    codecs.encode('é', 'ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
print(codecs.encode('é', 'ascii', 'replace'), codecs.decode(b'a\xffb', 'utf-8', 'ignore'))
print(codecs.lookup_error('strict') is codecs.strict_errors)
codecs.register_error('mine', codecs.replace_errors)
print(codecs.lookup_error('mine') is codecs.replace_errors)
try:
    codecs.lookup_error('nothere')
except LookupError as e:
    print('LookupError', e)
chunks = [b'a\xc3', b'\xa9b\xe2\x82', b'\xac']
print(list(codecs.iterdecode(chunks, 'utf-8')))
print(list(codecs.iterencode(['a', 'é', ''], 'utf-8')))
print(b''.join(codecs.iterencode(['ab', 'c'], 'utf-16')))
import os, tempfile
p = os.path.join(tempfile.gettempdir(), 'krait_codecs_test.txt')
with codecs.open(p, 'w', encoding='utf-8') as f:
    f.write('héllo\n')
with codecs.open(p, 'r', encoding='utf-8') as f:
    print(repr(f.read()))
os.remove(p)
