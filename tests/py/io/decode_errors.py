# Decoding errors surface like CPython's chunked decoder: when the chunk is
# read, with positions counted from the chunk start; error handlers.
import os

d = 'tmp_io_dec_%d' % os.getpid()
os.mkdir(d)
bad = os.path.join(d, 'bad.txt')
with open(bad, 'wb') as f:
    f.write(b'abc\nd\xe9f\nghi\n')

for errors in ['strict', 'replace', 'ignore', 'surrogateescape', 'backslashreplace']:
    for how in ['read', 'iter', 'readline']:
        got = []
        try:
            with open(bad, errors=errors) as f:
                if how == 'read':
                    got.append(f.read())
                elif how == 'iter':
                    for line in f:
                        got.append(line)
                else:
                    got.append(f.readline())
                    got.append(f.readline())
        except UnicodeDecodeError as e:
            got.append('error: %s' % e)
        print(errors, how, ascii(got))

# the error is in the second 8 KiB chunk
with open(bad, 'wb') as f:
    for i in range(1500):
        f.write(b'line %d\n' % i)
    f.write(b'\xff\xfe bad\n')
    f.write(b'after\n')
n = 0
try:
    with open(bad) as f:
        for line in f:
            n += 1
except UnicodeDecodeError as e:
    print('lines before error', n, e.reason, e.start, e.end)
with open(bad, encoding='ascii', errors='replace') as f:
    print(f.read()[-20:].encode())

# a multi-byte character split across chunks is fine
with open(bad, 'w', encoding='utf-8') as f:
    f.write('x' * 8191 + '\u20ac' + 'y\n' + '\U0001f600' * 3000 + '\n')
with open(bad, encoding='utf-8') as f:
    lines = f.readlines()
print(len(lines), len(lines[0]), len(lines[1]), lines[0][8190:8193])
# truncated sequence at end of file
with open(bad, 'wb') as f:
    f.write(b'ok\n\xe2\x82')
try:
    with open(bad) as f:
        print(f.readline(), end='')
        f.readline()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
with open(bad, errors='replace') as f:
    print(ascii(f.read()))

# writing with error handlers
with open(bad, 'w', errors='surrogateescape') as f:
    f.write('x\udce9y\n')
with open(bad, 'rb') as f:
    print(f.read())
try:
    with open(bad, 'w') as f:
        f.write('\udce9')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
with open(bad, 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
    f.write('caf\xe9 \u20ac\n')
with open(bad, 'rb') as f:
    print(f.read())

os.remove(bad)
os.rmdir(d)
