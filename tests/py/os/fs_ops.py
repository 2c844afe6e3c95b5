# os file system calls in a private temporary directory.
import os
import stat

base = 'tmp_os_fs_%d' % os.getpid()
os.mkdir(base)
start = os.getcwd()

def rel(p):
    return p.replace(base, 'BASE')

j = os.path.join
os.makedirs(j(base, 'a', 'b', 'c'))
os.makedirs(j(base, 'a', 'b', 'c'), exist_ok=True)
try:
    os.makedirs(j(base, 'a', 'b'))
except FileExistsError as e:
    print('FileExistsError', e.errno, rel(e.filename))
try:
    os.mkdir(j(base, 'a'))
except FileExistsError as e:
    print('FileExistsError', rel(str(e)))
for name in ['z.txt', 'y.py', 'x.dat']:
    with open(j(base, 'a', name), 'w') as f:
        f.write(name * 3)
with open(j(base, 'a', 'b', 'deep.txt'), 'w') as f:
    f.write('deep')

print(sorted(os.listdir(base)), sorted(os.listdir(j(base, 'a'))))
print(sorted(os.listdir(os.fsencode(j(base, 'a')))))
print(os.path.exists(j(base, 'a')), os.path.isdir(j(base, 'a')), os.path.isfile(j(base, 'a')))
print(os.path.isfile(j(base, 'a', 'z.txt')), os.path.getsize(j(base, 'a', 'z.txt')))
print(os.path.exists(j(base, 'nope')), os.path.isdir(j(base, 'nope')), os.path.islink(j(base, 'a')))

st = os.stat(j(base, 'a', 'y.py'))
print(st.st_size, st[6], stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), len(st))
print(isinstance(st.st_mtime, float), isinstance(st[8], int), isinstance(st.st_mtime_ns, int))
print(type(st).__name__, st.st_nlink >= 1, os.stat(j(base, 'a')).st_mode & 0o170000 == stat.S_IFDIR)
print(os.path.getmtime(j(base, 'a', 'y.py')) == st.st_mtime)

os.utime(j(base, 'a', 'y.py'), (1000000000, 1200000000.5))
st = os.stat(j(base, 'a', 'y.py'))
print(st.st_mtime, st.st_atime, st[8], st.st_mtime_ns)

entries = sorted(os.scandir(j(base, 'a')), key=lambda e: e.name)
for e in entries:
    print(e.name, rel(e.path), e.is_dir(), e.is_file(), e.is_symlink(), repr(e),
          e.stat().st_size if e.is_file() else '-', rel(os.fspath(e)))
with os.scandir(base) as it:
    print([e.name for e in it])

for top, dirs, files in os.walk(base):
    dirs.sort()
    print(rel(top), dirs, sorted(files))
for top, dirs, files in os.walk(base, topdown=False):
    print(rel(top), sorted(dirs), sorted(files))

os.rename(j(base, 'a', 'x.dat'), j(base, 'a', 'w.dat'))
os.replace(j(base, 'a', 'w.dat'), j(base, 'a', 'z.txt'))
print(sorted(os.listdir(j(base, 'a'))))
with open(j(base, 'a', 'z.txt')) as f:
    print(f.read())
try:
    os.rename(j(base, 'missing'), j(base, 'other'))
except FileNotFoundError as e:
    print('FileNotFoundError', rel(str(e)))
try:
    os.remove(j(base, 'missing'))
except FileNotFoundError as e:
    print('FileNotFoundError', rel(str(e)), e.errno)
try:
    os.rmdir(j(base, 'a'))
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.listdir(j(base, 'missing'))
except FileNotFoundError as e:
    print('FileNotFoundError', rel(str(e)))
try:
    os.stat(j(base, 'missing'))
except FileNotFoundError as e:
    print('FileNotFoundError', rel(str(e)))
try:
    os.stat(3.5)
except TypeError as e:
    print('TypeError', e)

os.symlink('y.py', j(base, 'a', 'link'))
print(os.readlink(j(base, 'a', 'link')), os.path.islink(j(base, 'a', 'link')),
      os.path.exists(j(base, 'a', 'link')), os.lstat(j(base, 'a', 'link')).st_mode & 0o170000 == stat.S_IFLNK)
print(os.path.realpath(j(base, 'a', 'link')) == os.path.abspath(j(base, 'a', 'y.py')))
os.symlink('nowhere', j(base, 'a', 'dangling'))
print(os.path.exists(j(base, 'a', 'dangling')), os.path.lexists(j(base, 'a', 'dangling')))
print(os.path.samefile(j(base, 'a', 'link'), j(base, 'a', 'y.py')))
os.unlink(j(base, 'a', 'dangling'))
os.remove(j(base, 'a', 'link'))

print(os.access(j(base, 'a', 'y.py'), os.R_OK), os.access(j(base, 'nope'), os.F_OK))
print(os.access(j(base, 'a'), os.X_OK | os.W_OK))
os.chmod(j(base, 'a', 'y.py'), 0o600)
print(oct(stat.S_IMODE(os.stat(j(base, 'a', 'y.py')).st_mode)), stat.filemode(os.stat(j(base, 'a', 'y.py')).st_mode))

# low-level fds
fd = os.open(j(base, 'fd.bin'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'hello fd'), os.lseek(fd, 0, os.SEEK_CUR), os.isatty(fd))
os.close(fd)
fd = os.open(j(base, 'fd.bin'), os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 1, os.SEEK_SET), os.read(fd, 100), os.read(fd, 10))
print(os.fstat(fd).st_size)
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno, e)

# chdir and relative paths
os.chdir(base)
print(os.path.basename(os.getcwd()) == base, sorted(os.listdir()), sorted(os.listdir('.')))
print(os.path.relpath(j(os.getcwd(), 'a', 'b')), os.path.abspath('a') == j(os.getcwd(), 'a'))
os.chdir(start)
print(os.getcwd() == start)

os.remove(j(base, 'fd.bin'))
for top, dirs, files in os.walk(base, topdown=False):
    for name in files:
        os.remove(j(top, name))
    for name in dirs:
        os.rmdir(j(top, name))
os.removedirs(base)
print(os.path.exists(base))
