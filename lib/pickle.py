"""Serialize Python objects to bytes and back (protocols 0 to 5).

Design
------
A pure-Python pickler and unpickler whose *output bytes* match CPython
3.11's C accelerator (_pickle) for the same input, so pickles interchange
with CPython both ways and golden tests can print them.

Pickler.  ``save`` dispatches on the exact type: atoms (None, bool, int,
float) are never memoized and skip the memo lookup; everything else is
looked up in the memo (keyed by id, the object kept alive alongside) and
emitted as a GET when seen before.  Containers write their opcodes around
recursive ``save`` calls; the memo entry for a list/dict/set is made before
the items so recursive structures refer back to it, while a tuple can only
be memoized after its items, which is why a tuple that is reached again
through its own items is unwound with POP/POP_MARK.  Anything without a
dedicated writer is reduced: copyreg's dispatch_table, then __reduce_ex__,
then __reduce__, and the (callable, args, state, listitems, dictitems) tuple
is written by ``save_reduce`` (NEWOBJ/NEWOBJ_EX when the callable is
copyreg.__newobj__/__newobj_ex__).

Output goes into one bytearray (``write`` is bound to its extend method
during dump).  Framing (protocol 4+): the bytearray is the current frame;
after each object is saved it is committed if it reached 64 KiB, and at the
end.  A committed frame of fewer than 4 bytes gets no FRAME header.
Payloads of 64 KiB or more bypass the frame (written after committing it),
as CPython does.  Where CPython pickles a temporary it just created (the
bytes copy inside a protocol 0-4 bytearray), the temporary is memoized
without a memo lookup, since the runtime may return a cached object whose
id is already in the memo.

Unpickler.  A stack machine with a separate metastack for MARKs.  Input is
read through ``_read``/``_readline``, which serve from the current frame when
one is loaded and from the file otherwise; loads() installs its whole input
as one in-memory "frame".  A dispatch dict maps opcode byte values to
methods.

The public classes and functions report module '_pickle' (lib/_pickle.py
re-exports them) so tracebacks and pickles of them read as CPython's.
"""

import sys
import io
import codecs
import copyreg
from copyreg import dispatch_table
from struct import pack, unpack
import _compat_pickle

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""
    pass


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the
    dump() method.
    """
    pass


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object,
    such as a security violation.
    """
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """Wrapper for potentially out-of-band buffers."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        return self._view

    def release(self):
        self._view.release()


# Opcodes -------------------------------------------------------------------

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000


# Helpers shared by both directions -----------------------------------------

def encode_long(x):
    """Two's complement little-endian bytes of x, as short as possible."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _escape_unicode(s):
    """raw-unicode-escape, plus escaping of the characters that would break
    the line-oriented protocol 0 framing."""
    out = []
    for ch in s:
        c = ord(ch)
        if c >= 0x10000:
            out.append('\\U%08x' % c)
        elif c >= 0x100 or ch in '\\\0\n\r\x1a':
            out.append('\\u%04x' % c)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


def _unescape_unicode(data):
    s = data.decode('latin-1')
    if '\\' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == '\\' and i + 1 < n and s[i + 1] in 'uU':
            # an odd run of backslashes before u/U starts an escape
            j = i
            while j > 0 and s[j - 1] == '\\':
                j -= 1
            if (i - j) % 2 == 0:
                width = 4 if s[i + 1] == 'u' else 8
                digits = s[i + 2:i + 2 + width]
                if len(digits) != width:
                    raise UnicodeDecodeError(
                        'rawunicodeescape', data, i, n, 'truncated \\uXXXX escape')
                out.append(chr(int(digits, 16)))
                i += 2 + width
                continue
        out.append(ch)
        i += 1
    return ''.join(out)


_SIMPLE_ESCAPES = {ord('\\'): 0x5c, ord("'"): 0x27, ord('"'): 0x22,
                   ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('n'): 10,
                   ord('r'): 13, ord('t'): 9, ord('v'): 11}


def _escape_decode(data):
    """Decode the backslash escapes of a Python 2 str literal body."""
    if b'\\' not in data:
        return bytes(data)
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        i += 1
        if c != 0x5c or i >= n:
            out.append(c)
            continue
        c = data[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif c == 0x0a:
            pass
        elif 0x30 <= c <= 0x37:
            v = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    v = v * 8 + data[i] - 0x30
                    i += 1
            out.append(v & 0xff)
        elif c == ord('x'):
            digits = data[i:i + 2]
            try:
                out.append(int(digits, 16))
            except ValueError:
                raise ValueError("invalid \\x escape at position %d"
                                 % (i - 2)) from None
            i += 2
        else:
            out.append(0x5c)
            out.append(c)
    return bytes(out)


def _getattribute(obj, name):
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}"
                                 .format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belongs to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if (module_name == '__main__' or module_name == '__mp_main__'
                or module is None):
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


# Pickling ------------------------------------------------------------------

class Pickler:

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._out = bytearray()
        self._framing = False
        self._has_pid = True
        self._has_ro = False

    def clear_memo(self):
        self.memo.clear()

    # output ----------------------------------------------------------------
    #
    # Opcodes are appended to one bytearray (``write`` is its bound extend
    # method while dumping, so writing costs no Python frame).  With
    # framing the bytearray is exactly the current frame, handed to the
    # file with its FRAME header when committed; without framing it is
    # written out at the end of dump(), as CPython's C pickler does.

    def write(self, data):
        self._out.extend(data)

    def _commit_frame(self, force=False):
        out = self._out
        n = len(out)
        if n >= _FRAME_SIZE_TARGET or (force and n):
            if n >= _FRAME_SIZE_MIN:
                self._file_write(FRAME + pack('<Q', n))
            self._file_write(bytes(out))
            out.clear()

    def _write_large(self, header, payload):
        if self._framing:
            self._commit_frame(force=True)
            self._file_write(header)
            self._file_write(payload)
        else:
            self.write(header)
            self.write(payload)

    def dump(self, obj):
        if not hasattr(self, '_file_write'):
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % (self.__class__.__name__,))
        self._out = bytearray()
        self._framing = False
        self._has_pid = ('persistent_id' in self.__dict__ or
                         type(self).persistent_id is not Pickler.persistent_id)
        self._has_ro = hasattr(self, 'reducer_override')
        if type(self).write is Pickler.write:
            self.write = self._out.extend
        try:
            if self.proto >= 2:
                self.write(PROTO + pack('<B', self.proto))
            if self.proto >= 4:
                # the PROTO opcode stays outside the first frame
                self._file_write(bytes(self._out))
                self._out.clear()
                self._framing = True
            try:
                self.save(obj)
            except RecursionError:
                raise RecursionError("maximum recursion depth exceeded "
                                     "while pickling an object") from None
            self.write(STOP)
            if self._framing:
                self._commit_frame(force=True)
            else:
                self._file_write(bytes(self._out))
        finally:
            self._framing = False
            self._out = bytearray()
            self.__dict__.pop('write', None)

    # memo --------------------------------------------------------------------

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(MEMOIZE if self.proto >= 4 else self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + pack('<B', idx)
            return LONG_BINPUT + pack('<I', idx)
        return PUT + repr(idx).encode('ascii') + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + pack('<B', i)
            return LONG_BINGET + pack('<I', i)
        return GET + repr(i).encode('ascii') + b'\n'

    # the dispatcher ------------------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        # One frame per nesting level (containers call back into save),
        # hence a single exit: CPython ends a frame at the first object
        # boundary past the target size.
        t = type(obj)
        pid = None
        if save_persistent_id and self._has_pid:
            pid = self.persistent_id(obj)
        if pid is not None:
            self.save_pers(pid)
        elif obj is None:
            self.write(NONE)
        elif t is bool:
            self.save_bool(obj)
        elif t is int:
            self.save_long(obj)
        elif t is float:
            self.save_float(obj)
        else:
            x = self.memo.get(id(obj))
            if x is not None:
                self.write(self.get(x[0]))
            else:
                # reducer_override sees what containers do not claim, and
                # classes and functions (CPython's order)
                f = self.dispatch.get(t)
                if (self._has_ro and (f is None or t in _LATE_TYPES) and
                        self._override(obj)):
                    pass
                elif f is not None:
                    f(self, obj)
                else:
                    self._save_reduced(obj, t)
        if self._framing and len(self._out) >= _FRAME_SIZE_TARGET:
            self._commit_frame()

    def _override(self, obj):
        """reducer_override hook: True when it handled obj."""
        rv = self.reducer_override(obj)
        if rv is NotImplemented:
            return False
        self._save_reduce_value(obj, rv)
        return True

    def _save_reduced(self, obj, t):
        reduce = getattr(self, 'dispatch_table', dispatch_table).get(t)
        if reduce is None:
            reduce = _fallback_reducers.get(t)
        if reduce is not None:
            rv = reduce(obj)
        else:
            if issubclass(t, type):
                self.save_global(obj)
                return
            rv = self._reduce_value(obj, t)
        self._save_reduce_value(obj, rv)

    def _save_reduce_value(self, obj, rv):
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        l = len(rv)
        if not (2 <= l <= 6):
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        self.save_reduce(obj=obj, *rv)

    def _reduce_value(self, obj, t):
        reduce_ex = getattr(t, '__reduce_ex__', None)
        if reduce_ex is not None:
            return obj.__reduce_ex__(self.proto)
        reduce = getattr(obj, '__reduce__', None)
        if reduce is None:
            raise PicklingError("Can't pickle %r object: %r"
                                % (t.__name__, obj))
        return reduce()

    def persistent_id(self, obj):
        return None

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(
                    "persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, '__name__', '')
        if self.proto >= 2 and func_name == '__newobj_ex__':
            cls, args, kwargs = args
            if not hasattr(cls, '__new__'):
                raise PicklingError("args[0] from __newobj_ex__ args has no "
                                    "__new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the "
                                    "wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                func = _partial_new(cls, args, kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == '__newobj__':
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError("args[0] from __newobj__ args has no "
                                    "__new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the "
                                    "wrong class")
            args = args[1:]
            save(cls)
            save(args)
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)

        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP + self.get(x[0]))
            else:
                self.memoize(obj)

        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # atoms -------------------------------------------------------------------

    dispatch = {}

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self.write(BININT1 + pack('<B', obj))
                elif 0 <= obj <= 0xffff:
                    self.write(BININT2 + pack('<H', obj))
                else:
                    self.write(BININT + pack('<i', obj))
            else:
                self.write(INT + repr(obj).encode('ascii') + b'\n')
            return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + pack('<B', n) + encoded)
            else:
                self.write(LONG4 + pack('<i', n) + encoded)
            return
        self.write(LONG + repr(obj).encode('ascii') + b'L\n')
    dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode('ascii') + b'\n')
    dispatch[float] = save_float

    def _save_bytes_data(self, obj):
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + pack('<B', n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + pack('<Q', n), obj)
        elif n >= _FRAME_SIZE_TARGET:
            self._write_large(BINBYTES + pack('<I', n), obj)
        else:
            self.write(BINBYTES + pack('<I', n) + obj)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode,
                                 (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        self._save_bytes_data(obj)
        self.memoize(obj)
    dispatch[bytes] = save_bytes

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self._save_bytearray_reduced(obj)
            return
        n = len(obj)
        if n >= _FRAME_SIZE_TARGET:
            self._write_large(BYTEARRAY8 + pack('<Q', n), bytes(obj))
        else:
            self.write(BYTEARRAY8 + pack('<Q', n) + bytes(obj))
        self.memoize(obj)
    dispatch[bytearray] = save_bytearray

    def _save_bytearray_reduced(self, obj):
        # bytearray(bytes_copy) by REDUCE.  CPython's copy is always a new
        # bytes object, never one seen before, so it is written out (and
        # given a memo slot) without a memo lookup: the runtime may hand
        # back a cached one-byte bytes object with a memoized id.
        data = bytes(obj)
        self.save(bytearray)
        if self.proto < 2:
            self.write(MARK)
        if self.proto >= 3:
            self._save_bytes_data(data)
        else:
            self.save_reduce(_codecs_encode,
                             (str(data, 'latin1'), 'latin1'))
        self._memoize_fresh(data)
        args = (data,)
        self.write(TUPLE if self.proto < 2 else TUPLE1)
        self.memoize(args)
        self.write(REDUCE)
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(POP + self.get(x[0]))
        else:
            self.memoize(obj)

    def _memoize_fresh(self, obj):
        """Give obj a memo slot that no later object can hit."""
        if self.fast:
            return
        idx = len(self.memo)
        self.write(MEMOIZE if self.proto >= 4 else self.put(idx))
        holder = (obj,)
        self.memo[id(holder)] = idx, holder

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with "
                                "protocol >= 5")
        m = obj.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            data = m.tobytes()
            if m.readonly:
                self._save_bytes_data(data)
            else:
                n = len(data)
                if n >= _FRAME_SIZE_TARGET:
                    self._write_large(BYTEARRAY8 + pack('<Q', n), data)
                else:
                    self.write(BYTEARRAY8 + pack('<Q', n) + data)
            self.memoize(obj)
        else:
            self.write(NEXT_BUFFER)
            if m.readonly:
                self.write(READONLY_BUFFER)
    dispatch[PickleBuffer] = save_picklebuffer

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + pack('<B', n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + pack('<Q', n), encoded)
            elif n >= _FRAME_SIZE_TARGET:
                self._write_large(BINUNICODE + pack('<I', n), encoded)
            else:
                self.write(BINUNICODE + pack('<I', n) + encoded)
        else:
            self.write(UNICODE + _escape_unicode(obj) + b'\n')
        self.memoize(obj)
    dispatch[str] = save_str

    # containers ----------------------------------------------------------------

    def save_tuple(self, obj):
        if not obj:
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                self.write(POP_MARK + get)
            else:
                self.write(POP * (n + 1) + get)
            return
        self.write(TUPLE)
        self.memoize(obj)
    dispatch[tuple] = save_tuple

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._batch_appends(obj)
            return
        # An exact list is written in full batches of MARK ... APPENDS, a
        # single APPEND only when it has exactly one item.
        save = self.save
        write = self.write
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        total = 0
        while True:
            write(MARK)
            batch = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                batch += 1
                if batch == _BATCHSIZE:
                    break
            write(APPENDS)
            if total >= len(obj):
                return
    dispatch[list] = save_list

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if not self.bin:
            self._batch_setitems(obj.items())
            return
        save = self.save
        write = self.write
        if len(obj) == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(SETITEM)
            return
        # Batches stop only on a short one, so a multiple of the batch
        # size ends with an empty MARK SETITEMS (as CPython writes it).
        size = len(obj)
        it = iter(obj.items())
        while True:
            write(MARK)
            i = 0
            for k, v in it:
                save(k)
                save(v)
                i += 1
                if i == _BATCHSIZE:
                    break
            write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if i != _BATCHSIZE:
                return
    dispatch[dict] = save_dict

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        if not obj:
            return
        size = len(obj)
        it = iter(obj)
        while True:
            self.write(MARK)
            i = 0
            for x in it:
                self.save(x)
                i += 1
                if i == _BATCHSIZE:
                    break
            self.write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if i != _BATCHSIZE:
                return
    dispatch[set] = save_set

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for x in obj:
            self.save(x)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)
    dispatch[frozenset] = save_frozenset

    # globals ---------------------------------------------------------------------

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except Exception:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % (name,))
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s "
                                "failed" % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object "
                                "as %s.%s" % (obj, module_name, name))

        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name)) \
                if hasattr(copyreg, '_extension_registry') else None
            if code:
                if code <= 0xff:
                    write(EXT1 + pack('<B', code))
                elif code <= 0xffff:
                    write(EXT2 + pack('<H', code))
                else:
                    write(EXT4 + pack('<i', code))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            write(GLOBAL + bytes(module_name, 'utf-8') + b'\n' +
                  bytes(name, 'utf-8') + b'\n')
        else:
            if self.fix_imports:
                r_name_mapping = _compat_pickle.REVERSE_NAME_MAPPING
                r_import_mapping = _compat_pickle.REVERSE_IMPORT_MAPPING
                if (module_name, name) in r_name_mapping:
                    module_name, name = r_name_mapping[(module_name, name)]
                elif module_name in r_import_mapping:
                    module_name = r_import_mapping[module_name]
            try:
                write(GLOBAL + bytes(module_name, 'ascii') + b'\n' +
                      bytes(name, 'ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(
                    "can't pickle global identifier '%s.%s' using "
                    "pickle protocol %i" % (module, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    dispatch[type] = save_type


# Reductions CPython gets from copyreg or from the objects themselves that
# the runtime may lack; used only when the dispatch table has no entry.
_fallback_reducers = {
    type(NotImplemented): lambda obj: 'NotImplemented',
    type(...): lambda obj: 'Ellipsis',
}


def _reduce_bound_method(m):
    return getattr, (m.__self__, m.__func__.__name__)


def _reduce_method_wrapper(m):
    return getattr, (m.__self__, m.__name__)


def _reduce_descriptor(d):
    return getattr, (d.__objclass__, d.__name__)


def _add_method_reducers():
    class K:
        __slots__ = ('slot',)

        def meth(self):
            pass
    _fallback_reducers[type(K().meth)] = _reduce_bound_method
    _fallback_reducers[type((1).__add__)] = _reduce_method_wrapper
    for descr in (str.upper, object.__init__, dict.__dict__['fromkeys'],
                  K.slot, type(lambda: 0).__dict__.get('__code__')):
        t = type(descr)
        if descr is not None and t not in _fallback_reducers and \
                hasattr(descr, '__objclass__'):
            _fallback_reducers[t] = _reduce_descriptor


_add_method_reducers()


def _partial_new(cls, args, kwargs):
    import functools
    return functools.partial(cls.__new__, cls, *args, **kwargs)


def _resolve_codecs_encode():
    try:
        import _codecs
        return _codecs.encode
    except ImportError:
        return codecs.encode


_codecs_encode = _resolve_codecs_encode()


def _save_function(self, obj):
    # CPython writes codecs.encode as _codecs.encode; the runtime may define
    # it elsewhere, so spell it CPython's way (find_class maps it back).
    if obj is _codecs_encode:
        self._save_named_global(obj, '_codecs', 'encode')
        return
    owner = getattr(obj, '__self__', None)
    if owner is None or type(owner) is type(sys):
        self.save_global(obj)
    else:
        self.save_reduce(getattr, (owner, obj.__name__), obj=obj)


def _save_named_global(self, obj, module_name, name):
    if self.proto >= 4:
        self.save(module_name)
        self.save(name)
        self.write(STACK_GLOBAL)
    else:
        self.write(GLOBAL + module_name.encode('ascii') + b'\n' +
                   name.encode('ascii') + b'\n')
    self.memoize(obj)


Pickler._save_named_global = _save_named_global


def _dispatch_function_types():
    def f():
        pass
    types_ = {type(f), type(len), type(codecs.encode)}
    for t in types_:
        Pickler.dispatch[t] = _save_function
        _LATE_TYPES.add(t)


_LATE_TYPES = {type}


_dispatch_function_types()


# Unpickling ------------------------------------------------------------------

class Unpickler:

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_readline = file.readline
        self._file_read = file.read
        self._file_readinto = getattr(file, 'readinto', None)
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports
        self._frame = None
        self._frame_pos = 0
        self._inmem = False

    # input -----------------------------------------------------------------
    #
    # Reads are served from ``_frame`` (the current frame's bytes) while it
    # lasts, then from the file.  loads() puts its whole input there and
    # sets ``_inmem``: frames are then only validated, not copied, and the
    # end of the buffer is the end of the input.

    def _set_input(self, data):
        self._frame = data
        self._frame_pos = 0
        self._inmem = True

    def _read(self, n):
        fr = self._frame
        if fr is not None:
            pos = self._frame_pos
            end = pos + n
            if end <= len(fr):
                self._frame_pos = end
                return fr[pos:end]
            if self._inmem:
                raise UnpicklingError("pickle data was truncated")
            if pos < len(fr):
                raise UnpicklingError(
                    "pickle exhausted before end of frame")
            self._frame = None
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline(self):
        fr = self._frame
        if fr is not None:
            pos = self._frame_pos
            if pos < len(fr) or self._inmem:
                end = fr.find(b'\n', pos)
                if end < 0:
                    if self._inmem:
                        raise UnpicklingError("pickle data was truncated")
                    raise UnpicklingError(
                        "pickle exhausted before end of frame")
                self._frame_pos = end + 1
                return fr[pos:end + 1]
            self._frame = None
        data = self._file_readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data

    def _read_opcode(self):
        fr = self._frame
        if fr is not None:
            pos = self._frame_pos
            if pos < len(fr):
                self._frame_pos = pos + 1
                return fr[pos]
            if self._inmem:
                raise EOFError("Ran out of input")
            self._frame = None
        data = self._file_read(1)
        if not data:
            raise EOFError("Ran out of input")
        return data[0]

    def load(self):
        if not hasattr(self, '_file_read'):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (self.__class__.__name__,))
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        dispatch = self.dispatch
        try:
            while True:
                key = self._read_opcode()
                f = dispatch.get(key)
                if f is None:
                    if 0x20 <= key < 0x7f:
                        shown = chr(key)
                    else:
                        shown = '\\x%02x' % key
                    raise UnpicklingError("invalid load key, '%s'." % shown)
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            self._underflow()
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            self._underflow()
        return self.stack[-1]

    def _underflow(self):
        if self.metastack:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was "
                              "encountered,\nbut no persistent_load function "
                              "was specified.")

    dispatch = {}

    def load_proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        frame_size, = unpack('<Q', self._read(8))
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
        if self._inmem:
            if self._frame_pos + frame_size > len(self._frame):
                raise UnpicklingError("pickle data was truncated")
            return
        if self._frame is not None and self._frame_pos < len(self._frame):
            raise UnpicklingError("beginning of a new frame before end of "
                                  "current frame")
        self._frame = None
        data = self._file_read(frame_size)
        if len(data) < frame_size:
            raise UnpicklingError("pickle data was truncated")
        self._frame = data
        self._frame_pos = 0
    dispatch[FRAME[0]] = load_frame

    def load_persid(self):
        try:
            pid = self._readline()[:-1].decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError(
                "persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))
    dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))
    dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self._readline()
        if data == b'I00\n'[1:]:
            val = False
        elif data == b'I01\n'[1:]:
            val = True
        else:
            try:
                val = int(data, 0)
            except ValueError:
                raise ValueError("invalid literal for int() with base 10: %r"
                                 % data[:-1]) from None
        self.append(val)
    dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(unpack('<i', self._read(4))[0])
    dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self._read(1)[0])
    dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(unpack('<H', self._read(2))[0])
    dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        val = self._readline()[:-1]
        if val and val[-1] == ord('L'):
            val = val[:-1]
        self.append(int(val, 0))
    dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self._read(1)[0]
        self.append(decode_long(self._read(n)))
    dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n, = unpack('<i', self._read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._read(n)))
    dispatch[LONG4[0]] = load_long4

    def load_float(self):
        self.append(float(self._readline()[:-1]))
    dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(unpack('>d', self._read(8))[0])
    dispatch[BINFLOAT[0]] = load_binfloat

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))
    dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n, = unpack('<i', self._read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read(n)))
    dispatch[BINSTRING[0]] = load_binstring

    def load_binbytes(self):
        n, = unpack('<I', self._read(4))
        self.append(self._read(n))
    dispatch[BINBYTES[0]] = load_binbytes

    def load_unicode(self):
        self.append(_unescape_unicode(self._readline()[:-1]))
    dispatch[UNICODE[0]] = load_unicode

    def load_binunicode(self):
        n, = unpack('<I', self._read(4))
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))
    dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        n, = unpack('<Q', self._read(8))
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))
    dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_binbytes8(self):
        n, = unpack('<Q', self._read(8))
        self.append(self._read(n))
    dispatch[BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        n, = unpack('<Q', self._read(8))
        self.append(bytearray(self._read(n)))
    dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.append(buf)
    dispatch[NEXT_BUFFER[0]] = load_next_buffer

    def load_readonly_buffer(self):
        pass
    dispatch[READONLY_BUFFER[0]] = load_readonly_buffer

    def load_short_binstring(self):
        n = self._read(1)[0]
        self.append(self._decode_string(self._read(n)))
    dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_short_binbytes(self):
        n = self._read(1)[0]
        self.append(self._read(n))
    dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_short_binunicode(self):
        n = self._read(1)[0]
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))
    dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))
    dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def _pop_n(self, n):
        if len(self.stack) < n:
            self._underflow()
        items = self.stack[-n:]
        del self.stack[-n:]
        return items

    def load_tuple1(self):
        self.append(tuple(self._pop_n(1)))
    dispatch[TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        self.append(tuple(self._pop_n(2)))
    dispatch[TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        self.append(tuple(self._pop_n(3)))
    dispatch[TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.append([])
    dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    dispatch[EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))
    dispatch[FROZENSET[0]] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    dispatch[LIST[0]] = load_list

    def load_dict(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        d = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
        self.append(d)
    dispatch[DICT[0]] = load_dict

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or
                hasattr(klass, "__getinitargs__")):
            value = klass(*args)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self._readline()[:-1].decode("ascii")
        name = self._readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())
    dispatch[INST[0]] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            self._underflow()
        cls = args.pop(0)
        self._instantiate(cls, args)
    dispatch[OBJ[0]] = load_obj

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        obj = cls.__new__(cls, *args)
        self.append(obj)
    dispatch[NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, "
                                  "not %s" % type(cls).__name__)
        obj = cls.__new__(cls, *args, **kwargs)
        self.append(obj)
    dispatch[NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self._readline()[:-1].decode("utf-8")
        name = self._readline()[:-1].decode("utf-8")
        klass = self.find_class(module, name)
        self.append(klass)
    dispatch[GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    dispatch[STACK_GLOBAL[0]] = load_stack_global

    def load_ext1(self):
        self.get_extension(self._read(1)[0])
    dispatch[EXT1[0]] = load_ext1

    def load_ext2(self):
        self.get_extension(unpack('<H', self._read(2))[0])
    dispatch[EXT2[0]] = load_ext2

    def load_ext4(self):
        self.get_extension(unpack('<i', self._read(4))[0])
    dispatch[EXT4[0]] = load_ext4

    def get_extension(self, code):
        cache = getattr(copyreg, '_extension_cache', {})
        obj = cache.get(code, _NOTHING)
        if obj is not _NOTHING:
            self.append(obj)
            return
        inverted = getattr(copyreg, '_inverted_registry', {})
        key = inverted.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        cache[code] = obj
        self.append(obj)

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        if module == '_codecs' and name == 'encode':
            return _codecs_encode
        __import__(module, level=0)
        mod = sys.modules[module]
        try:
            if self.proto >= 4:
                return _getattribute(mod, name)[0]
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r"
                                 % (name, mod)) from None

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        self.append(func(*args))
    dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self.pop_mark()
        else:
            self._underflow()
    dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        self.append(self._top())
    dispatch[DUP[0]] = load_dup

    def _memo_get(self, i):
        try:
            return self.memo[i]
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) \
                from None

    def load_get(self):
        i = int(self._readline()[:-1])
        self.append(self._memo_get(i))
    dispatch[GET[0]] = load_get

    def load_binget(self):
        self.append(self._memo_get(self._read(1)[0]))
    dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        i, = unpack('<I', self._read(4))
        self.append(self._memo_get(i))
    dispatch[LONG_BINGET[0]] = load_long_binget

    def load_put(self):
        i = int(self._readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()
    dispatch[PUT[0]] = load_put

    def load_binput(self):
        i = self._read(1)[0]
        self.memo[i] = self._top()
    dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        i, = unpack('<I', self._read(4))
        self.memo[i] = self._top()
    dispatch[LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()
    dispatch[MEMOIZE[0]] = load_memoize

    def load_append(self):
        value = self._pop()
        lst = self._top()
        lst.append(value)
    dispatch[APPEND[0]] = load_append

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self._top()
        if isinstance(list_obj, list):
            list_obj.extend(items)
            return
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)
    dispatch[APPENDS[0]] = load_appends

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        d = self._top()
        d[key] = value
    dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
    dispatch[SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._top()
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)
    dispatch[ADDITEMS[0]] = load_additems

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None and not _is_default_setstate(inst):
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    k = sys.intern(k)
                inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD[0]] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    dispatch[MARK[0]] = load_mark

    def load_stop(self):
        value = self._pop()
        raise _Stop(value)
    dispatch[STOP[0]] = load_stop


_NOTHING = object()


def _is_default_setstate(inst):
    own = getattr(type(inst), '__setstate__', None)
    return own is None or own is getattr(object, '__setstate__', _NOTHING)


# Public interface --------------------------------------------------------------

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports,
             buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports,
             buffer_callback=buffer_callback).dump(obj)
    res = f.getvalue()
    assert isinstance(res, bytes_types)
    return res


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                      encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
           buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if not isinstance(data, bytes):
        data = bytes(memoryview(data))
    u = Unpickler(io.BytesIO(), fix_imports=fix_imports, buffers=buffers,
                  encoding=encoding, errors=errors)
    u._set_input(data)
    return u.load()


_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads

# CPython's classes and functions live in its _pickle accelerator and report
# that module (tracebacks print "_pickle.UnpicklingError"); lib/_pickle.py
# re-exports them so references to _pickle.X resolve.
for _obj in (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler,
             dump, dumps, load, loads):
    _obj.__module__ = '_pickle'
del _obj
