import os
from pathlib import Path


def cleanup(p):
    if p.is_dir() and not p.is_symlink():
        for c in p.iterdir():
            cleanup(c)
        p.rmdir()
    elif p.exists():
        p.unlink()


base = Path('pathlib_fs_tmp')
cleanup(base)
base.mkdir()
print(base.exists(), base.is_dir(), base.is_file())
(base / 'a' / 'b').mkdir(parents=True)
(base / 'a').mkdir(exist_ok=True)
try:
    (base / 'a').mkdir()
except FileExistsError as e:
    print('FileExistsError', e.errno)
try:
    (base / 'x' / 'y').mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
f = base / 'a' / 'hello.txt'
print(f.write_text('hello\nworld\n'))
print(repr(f.read_text()), f.is_file(), f.stat().st_size)
print((base / 'data.bin').write_bytes(b'\x00\x01\x02'))
print((base / 'data.bin').read_bytes())
(base / 'a' / 'b' / 'deep.py').write_text('x = 1\n')
(base / 'top.py').write_text('')
with (base / 'log.txt').open('w') as fh:
    fh.write('line\n')
with (base / 'log.txt').open() as fh:
    print(fh.read().strip())
try:
    f.write_text(b'bytes')
except TypeError as e:
    print('TypeError:', e)
print(sorted(p.name for p in base.iterdir()))
print(sorted(str(p) for p in base.glob('*.py')))
print(sorted(str(p) for p in base.glob('*')))
print(sorted(str(p) for p in base.glob('a/*.txt')))
print(sorted(str(p) for p in base.rglob('*.py')))
print(sorted(str(p) for p in base.glob('**/*.txt')))
print(sorted(str(p) for p in base.glob('**')))
print(sorted(str(p) for p in base.glob('?op.*')))
r = (base / 'top.py').rename(base / 'renamed.py')
print(repr(r), r.exists(), (base / 'top.py').exists())
r.unlink()
r.unlink(missing_ok=True)
try:
    r.unlink()
except FileNotFoundError:
    print('FileNotFoundError on unlink')
t = base / 'touched'
t.touch()
print(t.exists(), t.stat().st_size)
try:
    t.touch(exist_ok=False)
except FileExistsError:
    print('FileExistsError on touch')
print(base.resolve() == Path.cwd() / base, base.resolve().is_absolute())
print(Path.cwd() == Path(os.getcwd()), Path.home() == Path(os.path.expanduser('~')))
print(Path('~/x').expanduser() == Path.home() / 'x')
print(base.absolute() == Path.cwd() / 'pathlib_fs_tmp')
print(Path('does/not/exist').exists(), Path('does/not/exist').is_dir())
cleanup(base)
print(base.exists())
