import pickle
import re


def outer():
    def inner():
        pass

    class Local:
        pass
    return inner, Local


inner, Local = outer()
cases = [lambda: 1, inner, Local, Local(), (x for x in ()), pickle]
for obj in cases:
    for p in (0, 2, 4):
        try:
            pickle.dumps(obj, p)
            print('no error')
        except Exception as e:
            msg = str(e)
            msg = re.sub(' at 0x[0-9a-f]+', '', msg)
            print(p, type(e).__name__, msg)


class Moved:
    pass


Moved.__module__ = 'no_such_module_xyz'
try:
    pickle.dumps(Moved)
except pickle.PicklingError as e:
    print('PicklingError', e)


class Renamed:
    pass


Renamed.__qualname__ = 'Other'
try:
    pickle.dumps(Renamed)
except pickle.PicklingError as e:
    print('PicklingError', e)


class Slots:
    __slots__ = ('a',)


for p in (0, 1):
    try:
        pickle.dumps(Slots(), p)
    except TypeError as e:
        print('TypeError', e)

for proto in (6, 100):
    try:
        pickle.dumps(1, proto)
    except ValueError as e:
        print('ValueError', e)

bad = [b'', b'\x80\x04', b'x', b'\x00', b'\xff', b'\x80\x09N.', b'(.', b'K', b'N',
       b'\x80\x02}q\x00h\x05.', b'0.', b'a.', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N.',
       b'X\x05\x00\x00\x00ab', b'\x80\x03]q\x00(K\x01e.', b'(K\x01K\x02u.']
for data in bad:
    try:
        print('ok', pickle.loads(data))
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.loads('text')
except TypeError as e:
    print('TypeError', e)
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))


class BadReduce:
    def __reduce__(self):
        return 42


try:
    pickle.dumps(BadReduce())
except pickle.PicklingError as e:
    print('PicklingError', e)


class BadReduce2:
    def __reduce__(self):
        return (BadReduce2,)


try:
    pickle.dumps(BadReduce2())
except pickle.PicklingError as e:
    print('PicklingError', e)


class StrReduce:
    def __reduce__(self):
        return 'STRREDUCE'


STRREDUCE = StrReduce()
print(pickle.dumps(STRREDUCE, 2))
print(pickle.loads(pickle.dumps(STRREDUCE)) is STRREDUCE)

import threading
f = open(__file__)
for obj in (f,):
    for p in (0, 2, 4):
        try:
            pickle.dumps(obj, p)
        except TypeError as e:
            print(p, 'TypeError', e)
f.close()
