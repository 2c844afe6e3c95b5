import os
fn = 'tmp_io_rw_%d.txt' % os.getpid()
with open(fn, 'w') as f:
    f.write(''.join('line %04d\n' % i for i in range(3000)))
with open(fn, 'r+') as f:
    print(f.readline(), f.readline())
    f.write('XX')
    f.seek(0)
    print(f.read(40))
    for i in range(1000):
        f.readline()
    f.write('YY')
    print(f.tell())
    f.seek(0)
    data = f.read()
    print(data.count('XX'), data.count('YY'), data.index('YY'), len(data))
with open(fn, 'r+b') as f:
    f.read(5000)
    f.write(b'ZZ')
    f.seek(4998)
    print(f.read(6))
os.remove(fn)
# truncate() with no argument cuts at the buffer's position
with open(fn, 'w') as f:
    f.write('0123456789' * 2000)
with open(fn, 'r+') as f:
    print(repr(f.read(5)), f.tell())
    print(f.truncate())
    f.seek(0, 2)
    print(f.tell())
with open(fn, 'r+') as f:
    print(f.truncate(7), f.read())
os.remove(fn)
print(os.path.exists(fn))
