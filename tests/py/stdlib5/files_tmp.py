import os, tempfile, shutil, glob
base = os.path.abspath('.')
with tempfile.TemporaryDirectory(prefix='krt_') as d:
    print(os.path.isdir(d), os.path.basename(d).startswith('krt_'), len(os.path.basename(d)))
    os.chdir(d)
    try:
        os.makedirs('src/sub/deep')
        for name, text in [('src/a.txt', 'alpha'), ('src/b.py', 'print(1)'), ('src/sub/c.txt', 'gamma'),
                           ('src/sub/deep/d.txt', 'delta'), ('src/.hid.txt', 'h'), ('src/x[1].txt', 'bracket')]:
            with open(name, 'w') as f:
                f.write(text)
        print(sorted(glob.glob('src/*.txt')))
        print(sorted(glob.glob('src/*')))
        print(sorted(glob.glob('src/**/*.txt', recursive=True)))
        print(sorted(glob.glob('src/**', recursive=True)))
        print(sorted(glob.glob('**/*.py', recursive=True)))
        print(sorted(glob.glob('src/*/*.txt')), sorted(glob.glob('src/?.*')))
        print(sorted(glob.glob('*.txt', root_dir='src')), sorted(glob.glob('src/*', include_hidden=True)))
        print(glob.glob(glob.escape('src/x[1].txt')), glob.escape('a*b?c[d]'), glob.glob('nomatch*'))
        print(sorted(glob.iglob('src/sub/*')), glob.has_magic('a*'), glob.has_magic('abc'))
        print(shutil.copyfile('src/a.txt', 'a_copy.txt'), open('a_copy.txt').read())
        os.chmod('src/b.py', 0o750)
        print(shutil.copy('src/b.py', 'src/sub'), oct(os.stat('src/sub/b.py').st_mode & 0o777))
        print(shutil.copy2('src/a.txt', 'a2.txt'), int(os.stat('a2.txt').st_mtime) == int(os.stat('src/a.txt').st_mtime))
        try:
            shutil.copyfile('a2.txt', 'a2.txt')
        except shutil.SameFileError as e:
            print('SameFileError', e)
        print(shutil.copytree('src', 'dst', ignore=shutil.ignore_patterns('*.py')))
        found = []
        for root, dirs, files in os.walk('dst'):
            for f in files:
                found.append(os.path.join(root, f))
        print(sorted(found))
        try:
            shutil.copytree('src', 'dst')
        except FileExistsError as e:
            print('FileExistsError', e.strerror)
        shutil.copytree('src', 'dst', dirs_exist_ok=True)
        print(os.path.exists('dst/b.py'))
        print(shutil.move('a2.txt', 'moved.txt'), os.path.exists('a2.txt'), os.path.exists('moved.txt'))
        print(shutil.move('moved.txt', 'dst'), os.path.exists('dst/moved.txt'))
        try:
            shutil.move('a_copy.txt', 'dst') ; shutil.copyfile('src/a.txt', 'a_copy.txt'); shutil.move('a_copy.txt', 'dst')
        except shutil.Error as e:
            print('Error', str(e).replace(d, 'D'))
        shutil.rmtree('dst')
        print(os.path.exists('dst'), sorted(os.listdir('.')))
        shutil.rmtree('nonexistent', ignore_errors=True)
        try:
            shutil.rmtree('nonexistent')
        except FileNotFoundError as e:
            print('FileNotFoundError', e.errno)
        fd, path = tempfile.mkstemp(suffix='.dat', prefix='pre', dir='.')
        os.write(fd, b'hello'); os.close(fd)
        print(os.path.isabs(path), os.path.basename(path).startswith('pre'), path.endswith('.dat'), open(path, 'rb').read())
        os.unlink(path)
        dd = tempfile.mkdtemp(dir='.')
        print(os.path.isdir(dd), os.path.dirname(dd) == os.path.abspath('.'))
        os.rmdir(dd)
        with tempfile.NamedTemporaryFile('w+', suffix='.txt', dir='.') as f:
            f.write('named data')
            f.flush()
            f.seek(0)
            name = f.name
            print(f.read(), os.path.exists(name), name.endswith('.txt'))
        print(os.path.exists(name))
        f = tempfile.NamedTemporaryFile(dir='.', delete=False)
        f.write(b'keep'); f.close()
        print(open(f.name, 'rb').read()); os.unlink(f.name)
        with tempfile.TemporaryFile('w+') as tf:
            tf.write('anon'); tf.seek(0); print(tf.read())
        with tempfile.SpooledTemporaryFile(max_size=10) as sf:
            sf.write(b'small'); sf.seek(0); print(sf.read(), sf._rolled)
            sf.write(b'x' * 20); print(sf._rolled)
        print(sorted(os.listdir('.')))
    finally:
        os.chdir(base)
print(os.path.exists(d))
td = tempfile.TemporaryDirectory()
print(os.path.isdir(td.name)); td.cleanup(); print(os.path.exists(td.name))
print(os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix())
print(shutil.which('sh') is not None, shutil.which('definitely-not-a-command-xyz'))
ts = shutil.get_terminal_size((100, 40)); print(type(ts).__name__, ts.columns > 0, ts.lines > 0)
