# OSError arguments, errno -> subclass mapping, str forms
for args in [(2, 'No such file or directory'), (2, 'No such file or directory', 'x.txt'),
             (13, 'Permission denied', 'a', None, 'b'), (17, 'File exists'), (1,), (),
             ('a', 'b'), (1, 2, 3, 4, 5, 6), (32, 'Broken pipe'), (4, 'Interrupted'),
             (11, 'again'), (21, 'dir'), (20, 'notdir'), (3, 'srch'), (110, 'timeout'),
             (111, 'refused'), (104, 'reset'), (103, 'aborted'), (10, 'child'), (5, 'EIO')]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), '|', e, '|', e.errno, e.strerror, e.filename, e.filename2, e.args)
print(FileNotFoundError(5, 'y').__class__.__name__, str(FileNotFoundError('plain')))
print(issubclass(FileNotFoundError, OSError))
try:
    open('/nonexistent/dir/file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
try:
    OSError(2, 'x', kw=1)
except TypeError as e:
    print(e)


class MyOSError(OSError):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.extra = 'yes'


m = MyOSError(2, 'custom')
print(type(m).__name__, m.errno, m.strerror, m.extra, str(m))
try:
    raise PermissionError(13, 'denied', '/root')
except OSError as e:
    print(type(e).__name__, e)
