from pathlib import PurePath, PurePosixPath, Path, PosixPath

p = PurePosixPath('/usr/lib/python3.11/os.tar.gz')
print(p, repr(p))
print(p.parts, p.name, p.stem, p.suffix, p.suffixes, p.root, p.anchor,
      repr(p.drive))
print(p.parent, list(p.parents), len(p.parents), p.parents[0], p.parents[-1])
print(p.with_name('x.py'), p.with_suffix('.bz2'), p.with_stem('new'),
      p.with_suffix(''))
print(p.is_absolute(), PurePath('a/b').is_absolute())
print(p.relative_to('/usr'), p.relative_to('/usr/lib/'), p.is_relative_to('/etc'))
try:
    p.relative_to('/etc')
except ValueError as e:
    print('ValueError:', e)
q = PurePath('a') / 'b' / 'c.txt'
print(repr(q), q.as_posix(), str(q), 'x' / PurePath('y'))
print(PurePath('a//b/./c/'), PurePath('a/../b'), PurePath(''), PurePath('.'),
      PurePath('//net/x'), PurePath('///x'), PurePath('/a', '/b', 'c'))
print(PurePath('a').joinpath('b', 'c'), PurePath('a', PurePath('b')))
print(PurePath('a/b.py').match('*.py'), PurePath('/a/b/c.py').match('b/*.py'),
      PurePath('/a/b/c.py').match('a/*.py'), PurePath('/a.py').match('/*.py'),
      PurePath('a/b.py').match('/*.py'), PurePath('x.c').match('[abx].?'))
print(PurePath('a') == PurePath('a/'), PurePath('a') < PurePath('b'),
      hash(PurePath('a/b')) == hash(PurePath('a//b')))
print(sorted([PurePath('b'), PurePath('a/c'), PurePath('a')]))
print(PurePath('.hidden').suffix, PurePath('.hidden').stem,
      PurePath('a.').suffix, PurePath('a.b.').suffixes, PurePath('/').name,
      PurePath('/').parent, PurePath('x').parent)
for bad in [lambda: PurePath('/').with_name('x'),
            lambda: PurePath('a').with_name('b/c'),
            lambda: PurePath('a').with_suffix('txt'),
            lambda: PurePath('a').match('')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
print(type(Path('a')).__name__, repr(Path('a/b')), isinstance(Path('a'), PurePath))
print(repr(PurePath('x')), Path('a').parents, PurePath('/a/b').parents[1:])
import os
print(os.fspath(PurePath('a/b')), f'{PurePath("q")}')
