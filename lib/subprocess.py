"""subprocess: spawn processes and talk to them through pipes.

Built on posix fork/exec.  Popen resolves the program on PATH in the parent
before forking, so a missing program or cwd raises FileNotFoundError in
the caller (CPython reports exec failures through an extra pipe; krait has
no fcntl/CLOEXEC control from Python, so checking up front stands in).
The child dup2()s the chosen descriptors onto 0/1/2, closes every other
inherited descriptor (close_fds=True, so sibling pipes never keep a reader
from seeing EOF), changes directory and execs; any failure there exits 255.

communicate() must write stdin and drain stdout and stderr at once, but
posix has no select() and its read/waitpid hold the GIL while blocked (so
reader threads would freeze the caller).  Each pipe is therefore reopened
non-blocking through /proc/self/fd and serviced in one polling loop that
sleeps briefly (growing up to 10 ms) when no pipe made progress; this also
gives timeouts for free.  wait() polls waitpid(WNOHANG) the same way.  Text mode decodes with UTF-8 and translates
universal newlines.
"""
import os
import sys
import time
import io

__all__ = ['Popen', 'PIPE', 'STDOUT', 'DEVNULL', 'call', 'check_call',
           'check_output', 'run', 'CalledProcessError', 'TimeoutExpired',
           'SubprocessError', 'CompletedProcess', 'getoutput',
           'getstatusoutput']

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                import signal
                return "Command '%s' died with %r." % (
                    self.cmd, signal.Signals(-self.returncode))
            except (ValueError, ImportError):
                return "Command '%s' died with unknown signal %d." % (
                    self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (
            self.cmd, self.returncode)

    def __repr__(self):
        return 'CalledProcessError(%r, %r)' % (self.returncode, self.cmd)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    def __repr__(self):
        return 'TimeoutExpired(%r, %r)' % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args),
                'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return '{}({})'.format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


def _find_program(name, env):
    if '/' in name:
        if os.path.exists(name):
            return name
        return None
    path = None
    if env is not None:
        path = env.get('PATH')
    if path is None:
        path = os.environ.get('PATH', os.defpath)
    for d in path.split(os.pathsep):
        full = os.path.join(d or '.', name)
        if os.path.isfile(full) and os.access(full, os.X_OK):
            return full
    return None


def _translate(data, encoding, errors):
    text = data.decode(encoding or 'utf-8', errors or 'strict')
    return text.replace('\r\n', '\n').replace('\r', '\n')


def _fileno(f):
    if isinstance(f, int):
        return f
    return f.fileno()


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None,
                 stdout=None, stderr=None, preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self.encoding = encoding
        self.errors = errors
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)

        if isinstance(args, (str, bytes)) or hasattr(args, '__fspath__'):
            args = [os.fsdecode(args) if not isinstance(args, str) else args]
        else:
            args = [os.fsdecode(a) if not isinstance(a, str) else a for a in args]
        if shell:
            args = ['/bin/sh', '-c'] + args
        if not args:
            raise IndexError('list index out of range')
        exe = executable if executable is not None else args[0]
        exe = os.fsdecode(exe) if not isinstance(exe, str) else exe
        if cwd is not None:
            cwd = os.fsdecode(cwd) if not isinstance(cwd, str) else cwd
            if not os.path.isdir(cwd):
                raise FileNotFoundError(2, 'No such file or directory', cwd)
        prog = _find_program(exe, env)
        if prog is None:
            raise FileNotFoundError(2, 'No such file or directory', exe)
        if env is not None:
            envd = {os.fsdecode(k) if not isinstance(k, str) else k:
                    os.fsdecode(v) if not isinstance(v, str) else v
                    for k, v in env.items()}
        else:
            envd = None

        to_close = []        # parent copies of child-side descriptors
        p2c = c2p = errw = None
        parent_in = parent_out = parent_err = None
        devnull = None

        def get_devnull(flags):
            fd = os.open(os.devnull, flags)
            to_close.append(fd)
            return fd

        try:
            if stdin == PIPE:
                p2c, parent_in = os.pipe()
                to_close.append(p2c)
            elif stdin == DEVNULL:
                p2c = get_devnull(os.O_RDONLY)
            elif stdin is not None:
                p2c = _fileno(stdin)
            if stdout == PIPE:
                parent_out, c2p = os.pipe()
                to_close.append(c2p)
            elif stdout == DEVNULL:
                c2p = get_devnull(os.O_RDWR)
            elif stdout is not None:
                c2p = _fileno(stdout)
            if stderr == PIPE:
                parent_err, errw = os.pipe()
                to_close.append(errw)
            elif stderr == STDOUT:
                errw = c2p if c2p is not None else 1
            elif stderr == DEVNULL:
                errw = get_devnull(os.O_RDWR)
            elif stderr is not None:
                errw = _fileno(stderr)

            keep = set(pass_fds)
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                self._child(prog, args, envd, cwd, p2c, c2p, errw, keep)
            self.pid = pid
        finally:
            for fd in to_close:
                try:
                    os.close(fd)
                except OSError:
                    pass

        if parent_in is not None:
            self.stdin = io.open(parent_in, 'wb', bufsize)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, encoding=encoding or 'utf-8',
                                              errors=errors or 'strict',
                                              line_buffering=(bufsize == 1),
                                              write_through=True)
        if parent_out is not None:
            self.stdout = io.open(parent_out, 'rb', bufsize)
            if self.text_mode:
                self.stdout = io.TextIOWrapper(self.stdout, encoding=encoding or 'utf-8',
                                               errors=errors or 'strict')
        if parent_err is not None:
            self.stderr = io.open(parent_err, 'rb', bufsize)
            if self.text_mode:
                self.stderr = io.TextIOWrapper(self.stderr, encoding=encoding or 'utf-8',
                                               errors=errors or 'strict')

    @staticmethod
    def _child(prog, args, envd, cwd, p2c, c2p, errw, keep):
        try:
            # move sources out of the 0..2 range first so dup2 order is safe
            fds = [p2c, c2p, errw]
            for i, fd in enumerate(fds):
                if fd is not None and fd < 3 and fd != i:
                    fds[i] = os.dup(fd)
            for i, fd in enumerate(fds):
                if fd is not None and fd != i:
                    os.dup2(fd, i)
            try:
                open_fds = [int(n) for n in os.listdir('/proc/self/fd')]
            except OSError:
                open_fds = range(3, 256)
            for fd in open_fds:
                if fd > 2 and fd not in keep:
                    try:
                        os.close(fd)
                    except OSError:
                        pass
            if cwd is not None:
                os.chdir(cwd)
            if envd is None:
                os.execv(prog, args)
            else:
                os.execve(prog, args, envd)
        finally:
            os._exit(255)

    def __repr__(self):
        return '<%s: returncode: %s args: %r>' % (type(self).__name__,
                                                   self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        st = getattr(self, '_comm', None)
        if st is not None:
            fds = [fd for _, fd in st['readers']]
            if st['in'] is not None:
                fds.append(st['in'])
            st['readers'] = []
            st['in'] = None
            for fd in fds:
                os.close(fd)
        for f in (self.stdout, self.stderr):
            if f:
                f.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def _handle_status(self, status):
        self.returncode = os.waitstatus_to_exitcode(status)

    def poll(self):
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                return self.returncode
            if pid == self.pid:
                self._handle_status(status)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            # poll instead of a blocking waitpid, which would hold the GIL
            delay = 0.0002
            while self.poll() is None:
                time.sleep(delay)
                delay = min(delay * 2, 0.01)
            return self.returncode
        endtime = time.monotonic() + timeout
        delay = 0.0005
        while True:
            if self.poll() is not None:
                return self.returncode
            remaining = endtime - time.monotonic()
            if remaining <= 0:
                raise TimeoutExpired(self.args, timeout)
            delay = min(delay * 2, remaining, 0.05)
            time.sleep(delay)

    def send_signal(self, sig):
        self.poll()
        if self.returncode is None:
            os.kill(self.pid, sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    def _nonblocking(self, f, flags):
        # posix offers no fcntl; reopening the pipe through /proc gives a new
        # open file description on which O_NONBLOCK can be set
        f.flush() if flags != os.O_RDONLY else None
        return os.open('/proc/self/fd/%d' % f.fileno(), flags | os.O_NONBLOCK)

    def communicate(self, input=None, timeout=None):
        if input is not None and self.stdin is None:
            raise ValueError('Cannot send input after starting communication')
        endtime = None if timeout is None else time.monotonic() + timeout
        st = getattr(self, '_comm', None)
        if st is None:
            st = self._comm = {'in': None, 'data': b'', 'pos': 0,
                               'readers': [], 'chunks': {}}
            if self.stdin is not None:
                if input:
                    data = input
                    if self.text_mode:
                        data = data.encode(self.encoding or 'utf-8',
                                           self.errors or 'strict')
                    st['data'] = data
                    try:
                        self.stdin.flush()
                    except BrokenPipeError:
                        pass
                    st['in'] = self._nonblocking(self.stdin, os.O_WRONLY)
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
            for name in ('stdout', 'stderr'):
                f = getattr(self, name)
                if f is not None:
                    st['readers'].append((name, self._nonblocking(f, os.O_RDONLY)))
                    st['chunks'][name] = []
        delay = 0.0002
        while st['in'] is not None or st['readers']:
            progress = False
            if st['in'] is not None:
                data, pos = st['data'], st['pos']
                try:
                    n = os.write(st['in'], data[pos:pos + 65536]) if pos < len(data) else 0
                    st['pos'] = pos + n
                    progress = n > 0
                    done = st['pos'] >= len(data)
                except BlockingIOError:
                    done = False
                except BrokenPipeError:
                    done = True
                if done:
                    os.close(st['in'])
                    st['in'] = None
                    progress = True
            for item in list(st['readers']):
                name, fd = item
                try:
                    chunk = os.read(fd, 65536)
                except BlockingIOError:
                    continue
                progress = True
                if chunk:
                    st['chunks'][name].append(chunk)
                else:
                    os.close(fd)
                    st['readers'].remove(item)
            if progress:
                delay = 0.0002
                continue
            if endtime is not None and time.monotonic() >= endtime:
                exc = TimeoutExpired(self.args, timeout)
                exc.output = self._collect(st, 'stdout')
                exc.stderr = self._collect(st, 'stderr')
                raise exc
            time.sleep(delay)
            delay = min(delay * 2, 0.01)
        out = self._collect(st, 'stdout')
        err = self._collect(st, 'stderr')
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.close()
        if endtime is None:
            self.wait()
        else:
            self.wait(max(0.0, endtime - time.monotonic()))
        return (out, err)

    def _collect(self, st, name):
        if name not in st['chunks']:
            return None
        data = b''.join(st['chunks'][name])
        if self.text_mode:
            return _translate(data, self.encoding, self.errors)
        return data


def run(*popenargs, input=None, capture_output=False, timeout=None,
        check=False, **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            # the output read so far is already on exc; a grandchild may
            # keep the pipes open, so do not drain them again
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args,
                                     output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get('args')
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        kwargs['input'] = '' if kwargs.get('universal_newlines') or kwargs.get('text') \
            or kwargs.get('encoding') or kwargs.get('errors') else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True,
               **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
