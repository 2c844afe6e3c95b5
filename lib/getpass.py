"""Prompt for a password without echo, and find the login name.

Design
------
getpass() turns terminal echo off with termios when that module exists and
a controlling terminal can be opened; otherwise (krait has no termios yet,
and there may be no tty) it falls back to reading a line from stdin after
warning with GetPassWarning, as CPython does on platforms without termios.
getuser() consults LOGNAME, USER, LNAME, USERNAME and then the password
database: pwd if available, else /etc/passwd read directly.
"""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def _raw_input(prompt="", stream=None, input=None):
    if not stream:
        stream = sys.stderr
    if not input:
        input = sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            prompt = prompt.encode(stream.encoding, 'replace')
            prompt = prompt.decode(stream.encoding)
            stream.write(prompt)
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def fallback_getpass(prompt='Password: ', stream=None):
    warnings.warn("Can not control echo on the terminal.", GetPassWarning,
                  stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def unix_getpass(prompt='Password: ', stream=None):
    import termios
    passwd = None
    import io
    try:
        fd = os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY)
        tty = io.FileIO(fd, 'w+')
        input = io.TextIOWrapper(tty)
        if not stream:
            stream = input
    except OSError:
        return fallback_getpass(prompt, stream)
    try:
        old = termios.tcgetattr(fd)
        new = old[:]
        new[3] &= ~termios.ECHO
        tcsetattr_flags = termios.TCSAFLUSH
        if hasattr(termios, 'TCSASOFT'):
            tcsetattr_flags |= termios.TCSASOFT
        try:
            termios.tcsetattr(fd, tcsetattr_flags, new)
            passwd = _raw_input(prompt, stream, input=input)
        finally:
            termios.tcsetattr(fd, tcsetattr_flags, old)
            stream.flush()
    except termios.error:
        if passwd is not None:
            raise
        if stream is not input:
            input.close()
        return fallback_getpass(prompt, stream)
    finally:
        input.close()
    stream.write('\n')
    return passwd


def getpass(prompt='Password: ', stream=None):
    """Prompt for a password, with echo turned off."""
    try:
        import termios  # noqa: F401
    except ImportError:
        return fallback_getpass(prompt, stream)
    return unix_getpass(prompt, stream)


def getuser():
    """Get the username from the environment or password database."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    uid = os.getuid()
    try:
        import pwd
    except ImportError:
        pass
    else:
        return pwd.getpwuid(uid)[0]
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) > 2 and fields[2] == str(uid):
                    return fields[0]
    except OSError:
        pass
    raise KeyError('getpwuid(): uid not found: %d' % uid)
