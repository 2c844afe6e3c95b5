# contextlib: contextmanager, suppress, closing, nullcontext, ExitStack, redirect_*, ABCs
import contextlib, sys
from contextlib import *

@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')

with tag('a') as t:
    print('body', t)
try:
    with tag('b'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))

@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print('swallowed', e)
with swallow():
    raise ValueError('v')
print('after swallow')

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def ignore_throw():
    try:
        yield
    except ZeroDivisionError:
        yield
try:
    with ignore_throw():
        1 / 0
except RuntimeError as e:
    print('RuntimeError', e)

@tag('deco')
def decorated(x):
    print('in decorated', x)
    return x * 2
print(decorated(2), decorated(3), decorated.__name__)
print(tag.__name__, tag.__doc__, type(tag('z')).__name__)

with suppress(KeyError, IndexError):
    [][1]
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('ValueError', e)
print(suppress(KeyError).__exit__(KeyError, KeyError(), None), suppress(KeyError).__exit__(None, None, None))

class Res:
    def close(self):
        print('closed')
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext() as n:
    print(n)
with nullcontext({'a': 1}) as n:
    print(n)

class Out:
    def __init__(self): self.buf = []
    def write(self, s): self.buf.append(s)
    def flush(self): pass
o = Out()
with redirect_stdout(o) as target:
    print('captured', 1)
    print(target is o)
print(o.buf)
e = Out()
with redirect_stderr(e):
    print('to err', file=sys.stderr)
print(e.buf, sys.stdout is sys.__stdout__)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'callback', i)
    stack.enter_context(tag('inner'))
    print('stack body')
with ExitStack() as stack:
    stack.callback(print, 'should not run')
    moved = stack.pop_all()
print('moved')
moved.close()
def exit_cb(*exc):
    print('exit_cb', exc[0].__name__ if exc[0] else None)
    return True
with ExitStack() as stack:
    stack.push(exit_cb)
    raise IndexError('suppressed by push')
print('after push')
try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError('orig')
except ZeroDivisionError as exc:
    print('ZeroDivisionError', repr(exc.__context__))
try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as err:
    print('TypeError', err)
cb = ExitStack().callback(print)
print(cb is print)

class CM(AbstractContextManager):
    def __exit__(self, *a):
        return None
with CM() as cm:
    print(type(cm).__name__)
class Duck:
    def __enter__(self): return self
    def __exit__(self, *a): pass
print(isinstance(Duck(), AbstractContextManager), isinstance(1, AbstractContextManager))
class MyDeco(ContextDecorator):
    def __enter__(self):
        print('enter deco'); return self
    def __exit__(self, *exc):
        print('exit deco'); return False
@MyDeco()
def g():
    print('g body')
g()
