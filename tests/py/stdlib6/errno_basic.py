import errno, os
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EINTR, errno.EPIPE)
print(errno.EAGAIN == errno.EWOULDBLOCK, errno.EDEADLK == errno.EDEADLOCK)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EAGAIN], errno.errorcode[35])
print(len(errno.errorcode), sorted(errno.errorcode)[:5], max(errno.errorcode))
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), names[:8])
print(all(getattr(errno, errno.errorcode[k]) == k for k in errno.errorcode))
try:
    os.stat('/nonexistent/krait/path')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
print(os.strerror(errno.ENOENT))
