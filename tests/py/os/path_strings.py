# os.path string operations on many inputs (no file system access).
import os
import posixpath

paths = ['', '/', '//', '///', 'a', '/a', 'a/', '/a/', 'a/b', '/a/b', 'a/b/',
         'a//b', 'a/./b', 'a/../b', '../a', './a', '..', '.', '/..', '/../a',
         '//a//b', '///a/b', 'a/b/../../..', 'a/b/c/../../d', '.hidden',
         'a/.hidden', 'file.tar.gz', '/x/y.z/w', 'a.b/c', '..b', 'a..',
         '...', 'x/..', 'x/.', '/a/b/c.', 'c:/x', 'name.', '..a.b',
         'a/b/.c.d', '////x///', 'no_ext', 'a/b/c/d/e.f.g']

for p in paths:
    print(repr(p))
    print('  split', posixpath.split(p), 'splitext', posixpath.splitext(p))
    print('  basename', repr(posixpath.basename(p)), 'dirname', repr(posixpath.dirname(p)))
    print('  normpath', repr(posixpath.normpath(p)), 'isabs', posixpath.isabs(p))
    print('  splitdrive', posixpath.splitdrive(p), 'normcase', repr(posixpath.normcase(p)))
    bp = p.encode()
    assert posixpath.split(bp) == tuple(x.encode() for x in posixpath.split(p))
    assert posixpath.normpath(bp) == posixpath.normpath(p).encode()
    assert posixpath.splitext(bp) == tuple(x.encode() for x in posixpath.splitext(p))

joins = [('a',), ('a', 'b'), ('a/', 'b'), ('a', '/b'), ('/a', 'b', 'c'), ('', 'a'),
         ('a', ''), ('', ''), ('a', 'b/', 'c'), ('/', 'a'), ('a', '/', 'b'),
         ('a//', '//b'), ('.', '..', 'x')]
for parts in joins:
    print('join', parts, repr(os.path.join(*parts)))
print(os.path.join(b'a', b'b'))

try:
    os.path.join('a', b'b')
except TypeError as e:
    print('TypeError', e)
try:
    os.path.join('a', 3)
except TypeError as e:
    print('TypeError', e)

print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/li']))
print(os.path.commonprefix([]), os.path.commonprefix(['abc']))
print(os.path.commonprefix([['a', 'b'], ['a', 'c']]))
for group in [['/usr/lib', '/usr/local'], ['a/b', 'a/c/d', 'a'], ['/a/b/', '/a/b'],
              ['a/./b', 'a/b'], ['/x'], ['', ''], ['a', 'b']]:
    print('commonpath', group, repr(os.path.commonpath(group)))
for bad in [[], ['/a', 'a']]:
    try:
        os.path.commonpath(bad)
    except ValueError as e:
        print('ValueError', e)

rels = [('a/b', 'a'), ('a', 'a/b'), ('a/b/c', 'a/d/e'), ('/x/y', '/x'), ('/x', '/x'),
        ('/a/b', '/c/d'), ('a', None)]
for p, start in rels:
    print('relpath', p, start, repr(os.path.relpath(p, start)))
try:
    os.path.relpath('')
except ValueError as e:
    print('ValueError', e)

os.environ['KR_PATH_VAR'] = 'VALUE'
os.environ.pop('KR_UNSET_VAR', None)
for s in ['$KR_PATH_VAR', '${KR_PATH_VAR}/x', 'a$KR_PATH_VAR.b', '$KR_UNSET_VAR/y',
          '${KR_UNSET_VAR}', '$', '${', '${}', 'x$', '$$KR_PATH_VAR', '$1abc', 'no vars',
          '${KR_PATH_VAR', '$KR_PATH_VAR$KR_PATH_VAR']:
    print('expandvars', repr(s), repr(os.path.expandvars(s)))
print(os.path.expandvars(b'$KR_PATH_VAR/z'))

os.environ['HOME'] = '/home/tester/'
for s in ['~', '~/x', 'x/~', '~nosuchuser_kr/x', '']:
    print('expanduser', repr(s), repr(os.path.expanduser(s)))
os.environ['HOME'] = '/'
print(repr(os.path.expanduser('~')), repr(os.path.expanduser('~/a')))

class P:
    def __fspath__(self):
        return 'some/dir/file.txt'

print(os.path.basename(P()), os.path.dirname(P()), os.path.splitext(P()))
print(os.fspath(P()), os.fspath(b'x'))
try:
    os.fspath(3)
except TypeError as e:
    print('TypeError', e)
print(os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, repr(os.linesep), os.devnull)
print(os.path.sep, os.path.curdir, os.name, os.path.__name__)
print(os.fsencode('caf\xe9'), os.fsdecode(b'caf\xc3\xa9'), os.fsdecode('x'))
