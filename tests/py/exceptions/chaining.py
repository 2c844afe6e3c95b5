# raise from, implicit context, __suppress_context__, sys.exc_info, finally
import sys


def inner():
    raise KeyError('inner')


try:
    try:
        inner()
    except KeyError as e:
        raise ValueError('outer') from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('during handling')
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        [][1]
    except IndexError:
        raise TypeError('no context') from None
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

e = Exception('x')
for attr, val in [('__context__', 1), ('__cause__', 'no'), ('__traceback__', 2)]:
    try:
        setattr(e, attr, val)
    except TypeError as x:
        print(x)
e.__cause__ = ValueError('c')
print(repr(e.__cause__), e.__suppress_context__)
e.__context__ = KeyError('k')
print(repr(e.__context__))
print(sys.exc_info())
try:
    raise ValueError('now')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, type(tb).__name__, sys.exception() is v)
print(sys.exc_info(), sys.exception())


def gen_finally():
    try:
        yield 1
    finally:
        print('finally ran')


for x in gen_finally():
    print('got', x)


def f():
    try:
        return 'try'
    finally:
        print('cleanup')


print(f())


def g():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'


print(g())
try:
    try:
        raise ValueError(1)
    finally:
        print('in finally')
except ValueError as e:
    print('after', e)


class Handler:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print('exit sees', t.__name__ if t else None, v)
        return True


with Handler():
    raise OSError('suppressed')
print('continued')
try:
    raise ValueError('a')
except (TypeError, ValueError) as e:
    print('tuple match', e)
try:
    raise IndexError('i')
except LookupError as e:
    print('base match', type(e).__name__)
err = None
try:
    raise ValueError('scoped')
except ValueError as err:
    pass
try:
    print(err)
except NameError as x:
    print('NameError:', x)
tb_obj = None
try:
    raise ValueError('tb')
except ValueError as e:
    tb_obj = e.__traceback__
print(type(tb_obj).__name__, tb_obj.tb_lineno > 0)
