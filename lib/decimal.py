"""Decimal fixed and floating point arithmetic (krait).

This is krait's own implementation of the `decimal` module.  It follows the
General Decimal Arithmetic Specification and, where the two CPython
implementations differ, the C one (_decimal / libmpdec) of CPython 3.11:
exception arguments are lists of the signal classes that were trapped,
Context reprs list flags in libmpdec's order, power() with a non-integral
exponent is always inexact, and so on.

Representation
--------------
A Decimal has four slots:
  _sign     0 or 1
  _int      the coefficient as a Python int (a NaN's payload, 0 if none)
  _exp      the exponent (0 for special values)
  _special  0 finite, 1 infinity, 2 quiet NaN, 3 signalling NaN
Python ints give arbitrary precision for free.  Digit counts (_nd) come
from the bit length checked against a power of ten (len(str(c)) only below
10**15), because int-to-str is the slowest primitive on the hot paths;
_istr/_sint convert coefficients of any length, past the int/str digit
limit.  Every result of an operation goes through _fix, the single place
that applies the precision, the rounding mode and the exponent limits
(Overflow, Underflow, Subnormal, Clamped).

The current context is stored on the current threading.Thread object, so
it is cheap to reach and dies with its thread.

Signals
-------
Operations never raise as they go.  They OR condition bits into the
context's `_st` accumulator; the public entry point then calls
`ctx._commit()`, which moves the bits into the sticky flags and raises the
first trapped signal (in libmpdec's order) with the list of all trapped
conditions as its argument.  Internal work that must not touch the user's
flags runs on a private context.

Transcendental functions (exp, ln, log10, non-integral powers) are computed
in fixed point with guard digits, in a loop that adds digits until the
result's truncation to prec+1 digits is certain; a final non-zero "sticky"
digit then lets the common rounding code (_fix) round correctly in every
mode and exponent range.  exp/ln/log10/sqrt always round half-even, as in
libmpdec.  Integral powers are exact when the result is short enough and
otherwise use binary powering with guard digits under the same loop.

power() follows libmpdec's structure where it is visible in results: the
shortcut for certain overflow/underflow (_pow_bounds), the flush to zero of
integral powers that underflow in its working precision, and the "exactly
one at working precision" rule for non-integral exponents.  Results that
libmpdec double-rounds (within about 10**-20 ulp of a tie) may differ.
"""

import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    pass

class Clamped(DecimalException):
    pass

class InvalidOperation(DecimalException):
    pass

class ConversionSyntax(InvalidOperation):
    pass

class DivisionByZero(DecimalException, ZeroDivisionError):
    pass

class DivisionImpossible(InvalidOperation):
    pass

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass

class Inexact(DecimalException):
    pass

class InvalidContext(InvalidOperation):
    pass

class Rounded(DecimalException):
    pass

class Subnormal(DecimalException):
    pass

class Overflow(Inexact, Rounded):
    pass

class Underflow(Inexact, Rounded, Subnormal):
    pass

class FloatOperation(DecimalException, TypeError):
    pass

# Condition bits.  The first five are all reported as InvalidOperation.
_INVALID = 1
_CONVSYN = 2
_DIVIMP = 4
_DIVUND = 8
_INVCTX = 16
_IO_ALL = 31
_FLOATOP = 32
_DIVZERO = 64
_OVERFLOW = 128
_UNDERFLOW = 256
_SUBNORMAL = 512
_INEXACT = 1024
_ROUNDED = 2048
_CLAMPED = 4096

# libmpdec's signal order: decides which exception is raised and the
# order of SignalDict iteration.
_SIGNALS = (
    (InvalidOperation, _IO_ALL), (FloatOperation, _FLOATOP),
    (DivisionByZero, _DIVZERO), (Overflow, _OVERFLOW),
    (Underflow, _UNDERFLOW), (Subnormal, _SUBNORMAL), (Inexact, _INEXACT),
    (Rounded, _ROUNDED), (Clamped, _CLAMPED),
)
_SIGNAL_MASK = {cls: m for cls, m in _SIGNALS}
_CONDITIONS = ((InvalidOperation, _INVALID), (ConversionSyntax, _CONVSYN),
               (DivisionImpossible, _DIVIMP), (DivisionUndefined, _DIVUND),
               (InvalidContext, _INVCTX))
# Order used by Context.__repr__: libmpdec's flag bit order, in which the
# InvalidOperation conditions are scattered; the name is printed once, at
# the first condition present.
_REPR_ORDER = (
    ('Clamped', _CLAMPED), ('InvalidOperation', _CONVSYN),
    ('DivisionByZero', _DIVZERO), ('InvalidOperation', _DIVIMP),
    ('InvalidOperation', _DIVUND), ('Inexact', _INEXACT),
    ('InvalidOperation', _INVCTX), ('InvalidOperation', _INVALID),
    ('FloatOperation', _FLOATOP), ('Overflow', _OVERFLOW),
    ('Rounded', _ROUNDED), ('Subnormal', _SUBNORMAL),
    ('Underflow', _UNDERFLOW),
)


_BAD_SIGNAL = ('valid values for signals are:\n'
               '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
               '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
               '   Clamped]')


def _mask_of(sig):
    try:
        return _SIGNAL_MASK[sig]
    except (KeyError, TypeError):
        raise KeyError(_BAD_SIGNAL) from None


class SignalDictMixin:
    """A live mapping view of a context's flags or traps bit mask."""

    __slots__ = ('_ctx', '_which')

    def __init__(self, ctx, which):
        self._ctx = ctx
        self._which = which

    def _get(self):
        return getattr(self._ctx, self._which)

    def __getitem__(self, key):
        return bool(self._get() & _mask_of(key))

    def __setitem__(self, key, value):
        m = _mask_of(key)
        v = self._get()
        if value:
            v |= m
        else:
            v &= ~m
        setattr(self._ctx, self._which, v)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter([s for s, _ in _SIGNALS])

    def __len__(self):
        return len(_SIGNALS)

    def __contains__(self, key):
        return key in _SIGNAL_MASK

    def keys(self):
        return [s for s, _ in _SIGNALS]

    def values(self):
        v = self._get()
        return [bool(v & m) for _, m in _SIGNALS]

    def items(self):
        v = self._get()
        return [(s, bool(v & m)) for s, m in _SIGNALS]

    def get(self, key, default=None):
        if key in _SIGNAL_MASK:
            return self[key]
        return default

    def copy(self):
        return {s: b for s, b in self.items()}

    def __eq__(self, other):
        if isinstance(other, SignalDictMixin):
            other = other.copy()
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    def __repr__(self):
        return '{' + ', '.join('%r:%s' % (s, b) for s, b in self.items()) + '}'


class SignalDict(SignalDictMixin):
    __slots__ = ()


def _signals_to_mask(value, what):
    if isinstance(value, SignalDictMixin):
        return value._get()
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS) or any(k not in _SIGNAL_MASK for k in value):
            raise KeyError('invalid signal dict')
        m = 0
        for k, v in value.items():
            if v:
                m |= _SIGNAL_MASK[k]
        return m
    m = 0
    try:
        items = list(value)
    except TypeError:
        raise TypeError(what + ' must be a list of signals') from None
    for k in items:
        if k not in _SIGNAL_MASK:
            raise KeyError(_BAD_SIGNAL)
        m |= _SIGNAL_MASK[k]
    return m


# ---------------------------------------------------------------- context

class Context(object):
    """The environment for arithmetic: precision, rounding, limits, flags."""

    __slots__ = ('_st', '_prec', '_rounding', '_Emin', '_Emax', '_capitals',
                 '_clamp', '_flags', '_traps')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext if 'DefaultContext' in globals() else None
        self._st = 0
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._flags = 0
        self._traps = _IO_ALL | _DIVZERO | _OVERFLOW
        if dc is not None:
            self._prec = dc._prec
            self._rounding = dc._rounding
            self._Emin = dc._Emin
            self._Emax = dc._Emax
            self._capitals = dc._capitals
            self._clamp = dc._clamp
            self._traps = dc._traps
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flags = _signals_to_mask(flags, 'flags')
        if traps is not None:
            self._traps = _signals_to_mask(traps, 'traps')

    # -- attributes with validation
    def _int_attr(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        return value

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        value = self._int_attr(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        self._rounding = _ROUNDINGS[_ROUNDINGS.index(value)]

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        value = self._int_attr(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = value

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        value = self._int_attr(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        value = self._int_attr(value)
        if value not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        value = self._int_attr(value)
        if value not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = value

    @property
    def flags(self):
        return SignalDict(self, '_flags')

    @flags.setter
    def flags(self, value):
        if not isinstance(value, (dict, SignalDictMixin)):
            raise TypeError('argument must be a signal dict')
        self._flags = _signals_to_mask(value, 'flags')

    @property
    def traps(self):
        return SignalDict(self, '_traps')

    @traps.setter
    def traps(self, value):
        if not isinstance(value, (dict, SignalDictMixin)):
            raise TypeError('argument must be a signal dict')
        self._traps = _signals_to_mask(value, 'traps')

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    # -- signalling
    def _commit(self):
        st = self._st
        if not st:
            return
        self._st = 0
        self._flags |= st
        trapped = st & self._traps_mask()
        if trapped:
            _raise_trapped(trapped)

    def _traps_mask(self):
        t = self._traps
        if t & _IO_ALL:
            t |= _IO_ALL
        return t

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        c = Context.__new__(Context)
        c._st = 0
        c._prec = self._prec
        c._rounding = self._rounding
        c._Emin = self._Emin
        c._Emax = self._Emax
        c._capitals = self._capitals
        c._clamp = self._clamp
        c._flags = self._flags
        c._traps = self._traps
        return c

    __copy__ = copy

    def __reduce__(self):
        return (self.__class__, (self._prec, self._rounding, self._Emin,
                                 self._Emax, self._capitals, self._clamp,
                                 [s for s, b in self.flags.items() if b],
                                 [s for s, b in self.traps.items() if b]))

    def _names(self, mask):
        names = []
        for n, m in _REPR_ORDER:
            if mask & m and n not in names:
                names.append(n)
        return '[' + ', '.join(names) + ']'

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=%s, traps=%s)' % (
                    self._prec, self._rounding, self._Emin, self._Emax,
                    self._capitals, self._clamp, self._names(self._flags),
                    self._names(self._traps)))

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def _apply(self, a):
        a = _conv_ctx(a)
        return _done(self, a._plus(self))

    def create_decimal(self, num='0'):
        if isinstance(num, float):
            self._st |= _FLOATOP
            self._commit()
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            # the to-number operation takes no surrounding space or underscores
            num = '?'
        d = Decimal(num, context=self)
        if d._special >= 2:
            if d._int and _nd(d._int) > self._prec - self._clamp:
                self._st |= _CONVSYN
                r = _new(0, 0, 0, 2)
            else:
                r = _new(d._sign, d._int, 0, d._special)
        else:
            r = d._plus_raw(self) if not d._special else d
        self._commit()
        return r

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        r = d._plus_raw(self) if not d._special else d
        self._commit()
        return r

    def copy_decimal(self, a):
        return _conv_ctx(a)



def _raise_trapped(trapped):
    exc = None
    for cls, m in _SIGNALS:
        if trapped & m:
            exc = cls
            break
    lst = [cls for cls, m in _CONDITIONS if trapped & m]
    lst.extend(cls for cls, m in _SIGNALS[1:] if trapped & m)
    raise exc(lst)


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999, Emin=-999999, capitals=1,
                         clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

# The current context lives on the current Thread object: that is cheap to
# reach and dies with the thread (a threading.local keyed by thread id can
# hand a finished thread's context to a new thread that reuses the id).
try:
    from threading import current_thread as _current_thread
except ImportError:          # pragma: no cover
    _current_thread = None


class _MainHolder:
    pass


_holder = _MainHolder()


def _new_thread_context():
    c = DefaultContext.copy()
    c._flags = 0
    return c


def getcontext():
    """Return the current thread's context (a copy of DefaultContext at first)."""
    t = _current_thread() if _current_thread is not None else _holder
    try:
        return t._decimal_context
    except AttributeError:
        pass
    c = _new_thread_context()
    t._decimal_context = c
    return c


def setcontext(context):
    """Make `context` the current thread's context."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    t = _current_thread() if _current_thread is not None else _holder
    t._decimal_context = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """Context manager running its block in a copy of `ctx` (or the current one)."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    mgr = _ContextManager(ctx)
    c = mgr.new_context
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
                       'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if key == 'rounding' and not isinstance(value, str):
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        if key == 'flags':
            c._flags = _signals_to_mask(value, 'flags')
        elif key == 'traps':
            c._traps = _signals_to_mask(value, 'traps')
        else:
            setattr(c, key, value)
    return mgr


# ---------------------------------------------------------------- core helpers

_POW10_CACHE = [10 ** i for i in range(64)]


def _nd(c):
    """Number of decimal digits of the non-negative int c (1 for 0)."""
    if c < 1000000000000000:
        return len(str(c))
    # floor(log10(c)) from the bit length is exact or one too small
    d = ((c.bit_length() - 1) * 1233) >> 12
    if d < 63:
        return d + 2 if c >= _POW10_CACHE[d + 1] else d + 1
    p = _BIG_POW10.get(d + 1)
    if p is None:
        if len(_BIG_POW10) > 256:
            _BIG_POW10.clear()
        p = _BIG_POW10[d + 1] = 10 ** (d + 1)
    return d + 2 if c >= p else d + 1


_BIG_POW10 = {}


def _istr(c):
    """str() of a non-negative int of any length (no int/str digit limit)."""
    if c.bit_length() < 13000:
        return str(c)
    h = _nd(c) // 2
    q, r = divmod(c, 10 ** h)
    return _istr(q) + _istr(r).zfill(h)


def _sint(s):
    """int() of a string of ASCII digits of any length."""
    n = len(s)
    if n <= 4000:
        return int(s)
    h = n // 2
    return _sint(s[:n - h]) * 10 ** h + _sint(s[n - h:])


def _p10(k):
    if k < 64:
        return _POW10_CACHE[k]
    return 10 ** k


def _new(sign, coeff, exp, special=0):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = special
    return d


def _shift_round(c, k, rounding, sign, nd=None):
    """Drop the k >= 1 low digits of c, rounding; return (q, inexact)."""
    if nd is None:
        nd = _nd(c)
    if k > nd:
        q = 0
        if not c:
            return 0, False
        # the remainder is below half a unit
        if rounding == ROUND_UP or rounding == ROUND_05UP:
            return 1, True
        if rounding == ROUND_CEILING:
            return (0 if sign else 1), True
        if rounding == ROUND_FLOOR:
            return (1 if sign else 0), True
        return 0, True
    p = _p10(k)
    q, r = divmod(c, p)
    if not r:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        r2 = r + r
        if r2 > p or (r2 == p and q & 1):
            q += 1
    elif rounding == ROUND_HALF_UP:
        if r + r >= p:
            q += 1
    elif rounding == ROUND_DOWN:
        pass
    elif rounding == ROUND_HALF_DOWN:
        if r + r > p:
            q += 1
    elif rounding == ROUND_UP:
        q += 1
    elif rounding == ROUND_CEILING:
        if not sign:
            q += 1
    elif rounding == ROUND_FLOOR:
        if sign:
            q += 1
    else:   # ROUND_05UP
        if q % 5 == 0:
            q += 1
    return q, True


def _overflow(sign, ctx):
    ctx._st |= _OVERFLOW | _INEXACT | _ROUNDED
    r = ctx._rounding
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
            or (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign)):
        return _new(sign, 0, 0, 1)
    prec = ctx._prec
    return _new(sign, _p10(prec) - 1, ctx._Emax - prec + 1)


def _fix(sign, c, e, ctx, nd=None, rounding=None):
    """Round sign*c*10**e to ctx's precision and exponent range."""
    prec = ctx._prec
    emin = ctx._Emin
    emax = ctx._Emax
    etiny = emin - prec + 1
    if not c:
        top = emax - prec + 1 if ctx._clamp else emax
        if e < etiny:
            e = etiny
            ctx._st |= _CLAMPED
        elif e > top:
            e = top
            ctx._st |= _CLAMPED
        return _new(sign, 0, e)
    if nd is None:
        nd = _nd(c)
    adj = e + nd - 1
    if nd <= prec and e >= etiny and adj <= emax:
        if adj < emin:
            ctx._st |= _SUBNORMAL
        elif ctx._clamp and e > emax - prec + 1:
            top = emax - prec + 1
            ctx._st |= _CLAMPED
            return _new(sign, c * _p10(e - top), top)
        return _new(sign, c, e)
    if adj > emax:
        return _overflow(sign, ctx)
    subnormal = adj < emin
    target = e + nd - prec
    if target < etiny:
        target = etiny
    st = 0
    if e < target:
        q, inexact = _shift_round(c, target - e, rounding or ctx._rounding, sign, nd)
        st = _ROUNDED
        if inexact:
            st |= _INEXACT
            if subnormal:
                st |= _UNDERFLOW
        if q and _nd(q) > prec:
            q //= 10
            target += 1
        c = q
        e = target
        if c and e + _nd(c) - 1 > emax:
            ctx._st |= st
            return _overflow(sign, ctx)
        if subnormal:
            st |= _SUBNORMAL
            if not c:
                st |= _CLAMPED
    elif subnormal:
        st = _SUBNORMAL
    if ctx._clamp and c and e > emax - prec + 1:
        top = emax - prec + 1
        st |= _CLAMPED
        c = c * _p10(e - top)
        e = top
    ctx._st |= st
    return _new(sign, c, e)


def _fix_nan(d, ctx):
    """Quiet NaN result from NaN d, with the payload cut to fit the context."""
    payload = d._int
    maxlen = ctx._prec - ctx._clamp
    if payload and _nd(payload) > maxlen:
        payload = payload % _p10(maxlen) if maxlen > 0 else 0
    if d._special == 2 and payload == d._int and type(d) is Decimal:
        return d
    return _new(d._sign, payload, 0, 2)


def _nan_result(a, b, ctx):
    """The NaN result of an operation on a (and b), or None if no NaN."""
    if a._special == 3:
        ctx._st |= _INVALID
        return _fix_nan(a, ctx)
    if b is not None and b._special == 3:
        ctx._st |= _INVALID
        return _fix_nan(b, ctx)
    if a._special == 2:
        return _fix_nan(a, ctx)
    if b is not None and b._special == 2:
        return _fix_nan(b, ctx)
    return None


def _invalid(ctx, cond=_INVALID):
    ctx._st |= cond
    return _new(0, 0, 0, 2)


def _cmp(a, b):
    """Compare two non-NaN Decimals: -1, 0 or 1."""
    if a._exp == b._exp and not a._special and not b._special:
        x = -a._int if a._sign else a._int
        y = -b._int if b._sign else b._int
        return (x > y) - (x < y)
    if a._special or b._special:
        av = 0 if not a._special else (-1 if a._sign else 1)
        bv = 0 if not b._special else (-1 if b._sign else 1)
        if av or bv:
            if av == bv:
                return 0
            if av:
                return 1 if av > 0 else -1
            return -1 if bv > 0 else 1
    ac = a._int
    bc = b._int
    if not ac:
        if not bc:
            return 0
        return 1 if b._sign else -1
    if not bc:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    ae = a._exp
    be = b._exp
    aa = ae + _nd(ac)
    ba = be + _nd(bc)
    if aa != ba:
        r = 1 if aa > ba else -1
    else:
        if ae > be:
            ac *= _p10(ae - be)
        elif be > ae:
            bc *= _p10(be - ae)
        r = 0 if ac == bc else (1 if ac > bc else -1)
    return -r if a._sign else r


# ---------------------------------------------------------------- parsing

def _parse(s):
    """Parse a numeric string: (sign, coeff, exp, special) or None."""
    s = s.strip()
    if not s.isascii():
        out = []
        for ch in s:
            if ch.isdecimal() and not ('0' <= ch <= '9'):
                out.append(str(int(ch)))
            elif ch.isspace():
                return None
            else:
                out.append(ch)
        s = ''.join(out)
        if not s.isascii():
            return None
    if '_' in s:
        s = s.replace('_', '')
    n = len(s)
    if not n:
        return None
    i = 0
    sign = 0
    if s[0] == '-':
        sign = 1
        i = 1
    elif s[0] == '+':
        i = 1
    rest = s[i:]
    if not rest:
        return None
    ch = rest[0]
    if ch.isalpha():
        low = rest.lower()
        if low == 'inf' or low == 'infinity':
            return sign, 0, 0, 1
        if low.startswith('nan'):
            kind = 2
            digits = low[3:]
        elif low.startswith('snan'):
            kind = 3
            digits = low[4:]
        else:
            return None
        if digits:
            if not digits.isdigit():
                return None
            payload = _sint(digits)
        else:
            payload = 0
        return sign, payload, 0, kind
    # finite
    epos = rest.find('e')
    if epos < 0:
        epos = rest.find('E')
    if epos >= 0:
        mant = rest[:epos]
        es = rest[epos + 1:]
        if not es:
            return None
        k = 0
        if es[0] in '+-':
            k = 1
        if len(es) == k or not es[k:].isdigit():
            return None
        exp = int(es) if len(es) < 4000 else _sint(es.lstrip('+-')) * (-1 if es[0] == '-' else 1)
    else:
        mant = rest
        exp = 0
    dot = mant.find('.')
    if dot >= 0:
        ip = mant[:dot]
        fp = mant[dot + 1:]
        if not ip and not fp:
            return None
        if (ip and not ip.isdigit()) or (fp and not fp.isdigit()):
            return None
        coeff = _sint(ip + fp) if (ip or fp) else 0
        exp -= len(fp)
    else:
        if not mant.isdigit():
            return None
        coeff = _sint(mant)
    return sign, coeff, exp, 0


def _from_float(f):
    if f != f:
        return _new(0, 0, 0, 2)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (float('inf'), float('-inf')):
        return _new(sign, 0, 0, 1)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    if k == 0:
        # trailing zeros are kept in the coefficient (exact integer)
        return _new(sign, n, 0)
    return _new(sign, n * 5 ** k, -k)


def _conv(other):
    """Decimal for an int/Decimal operand; NotImplemented otherwise."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _new(1 if other < 0 else 0, abs(other), 0)
    return NotImplemented


_PLAIN_TYPES = (float, complex, str, bytes, list, tuple, dict, set, frozenset, type(None))


def _no_op(sym, d, other, reflected):
    """NotImplemented, or C decimal's TypeError for builtin operand types."""
    if not isinstance(other, _PLAIN_TYPES):
        return NotImplemented
    if sym == '*' and isinstance(other, (str, bytes, list, tuple)):
        raise TypeError("can't multiply sequence by non-int of type 'decimal.Decimal'")
    a, b = "'decimal.Decimal'", "'%s'" % type(other).__name__
    if reflected:
        a, b = b, a
    raise TypeError('unsupported operand type(s) for %s: %s and %s' % (sym, a, b))


def _conv_ctx(a):
    """Context-method operand conversion: ints and Decimals, else TypeError."""
    if isinstance(a, Decimal):
        return a
    if isinstance(a, int):
        return _new(1 if a < 0 else 0, abs(a), 0)
    raise TypeError('conversion from %s to Decimal is not supported'
                    % type(a).__name__)


# ---------------------------------------------------------------- arithmetic cores
# Each takes Decimals and a context, ORs conditions into ctx._st and
# returns a Decimal; the caller commits.

def _add(a, b, ctx, bsign=None):
    if bsign is None:
        bsign = b._sign
    if a._special or b._special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if a._special:
            if b._special and a._sign != bsign:
                return _invalid(ctx)
            return _new(a._sign, 0, 0, 1)
        return _new(bsign, 0, 0, 1)
    ac = a._int
    bc = b._int
    ae = a._exp
    be = b._exp
    asg = a._sign
    if not ac or not bc:
        e = ae if ae < be else be
        if not ac and not bc:
            if asg == bsign:
                sign = asg
            else:
                sign = 1 if ctx._rounding == ROUND_FLOOR else 0
            return _fix(sign, 0, e, ctx)
        if ac:
            c, ce, sign = ac, ae, asg
        else:
            c, ce, sign = bc, be, bsign
        pad = ce - e
        if pad:
            nd = _nd(c)
            if nd + pad > ctx._prec + 1:
                pad = max(0, ctx._prec + 1 - nd)
            c *= _p10(pad)
            ce -= pad
        return _fix(sign, c, ce, ctx)
    if ae != be:
        d = ae - be
        if 0 < d < 20:
            ac *= _POW10_CACHE[d]
            ae = be
        elif -20 < d < 0:
            bc *= _POW10_CACHE[-d]
            be = ae
    if ae != be:
        # keep a far smaller operand from forcing a huge alignment shift
        if ae > be:
            hc, he, lc, le = ac, ae, bc, be
        else:
            hc, he, lc, le = bc, be, ac, ae
        if he - le > ctx._prec + 2:
            lim = he + min(-1, _nd(hc) - ctx._prec - 2)
            if le + _nd(lc) - 1 < lim:
                if ae > be:
                    bc, be = 1, lim
                else:
                    ac, ae = 1, lim
        if ae > be:
            ac *= _p10(ae - be)
            e = be
        else:
            bc *= _p10(be - ae)
            e = ae
    else:
        e = ae
    if asg == bsign:
        return _fix(asg, ac + bc, e, ctx)
    if asg:
        s = bc - ac
    else:
        s = ac - bc
    if s < 0:
        return _fix(1, -s, e, ctx)
    if s == 0:
        return _fix(1 if ctx._rounding == ROUND_FLOOR else 0, 0, e, ctx)
    return _fix(0, s, e, ctx)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if (not a._special and not a._int) or (not b._special and not b._int):
            return _invalid(ctx)
        return _new(sign, 0, 0, 1)
    return _fix(sign, a._int * b._int, a._exp + b._exp, ctx)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if a._special:
            if b._special:
                return _invalid(ctx)
            return _new(sign, 0, 0, 1)
        # finite / infinity
        ctx._st |= _CLAMPED
        return _new(sign, 0, ctx._Emin - ctx._prec + 1)
    if not b._int:
        if not a._int:
            return _invalid(ctx, _DIVUND)
        ctx._st |= _DIVZERO
        return _new(sign, 0, 0, 1)
    ideal = a._exp - b._exp
    if not a._int:
        return _fix(sign, 0, ideal, ctx)
    ac = a._int
    bc = b._int
    prec = ctx._prec
    shift = _nd(bc) - _nd(ac) + prec + 1
    if shift >= 0:
        q, r = divmod(ac * _p10(shift), bc)
    else:
        q, r = divmod(ac, bc * _p10(-shift))
    e = ideal - shift
    if r:
        q = q * 10 + 1
        e -= 1
    else:
        while e < ideal and q % 10 == 0:
            q //= 10
            e += 1
    return _fix(sign, q, e, ctx)


def _divmod_core(a, b, ctx):
    """Finite a, finite nonzero b: (q, r) or None if the quotient is too long."""
    qsign = a._sign ^ b._sign
    e = a._exp if a._exp < b._exp else b._exp
    if not a._int:
        return _new(qsign, 0, 0), _new(a._sign, 0, e)
    expdiff = (a._exp + _nd(a._int)) - (b._exp + _nd(b._int))
    if expdiff <= -2:
        return _new(qsign, 0, 0), _new(a._sign, a._int * _p10(a._exp - e), e)
    if expdiff > ctx._prec + 1:
        return None
    ac = a._int * _p10(a._exp - e)
    bc = b._int * _p10(b._exp - e)
    q, r = divmod(ac, bc)
    if q >= _p10(ctx._prec):
        return None
    return _new(qsign, q, 0), _new(a._sign, r, e)


def _divint(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if a._special:
            if b._special:
                return _invalid(ctx)
            return _new(sign, 0, 0, 1)
        return _new(sign, 0, 0)
    if not b._int:
        if not a._int:
            return _invalid(ctx, _DIVUND)
        ctx._st |= _DIVZERO
        return _new(sign, 0, 0, 1)
    qr = _divmod_core(a, b, ctx)
    if qr is None:
        return _invalid(ctx, _DIVIMP)
    q = qr[0]
    return _fix(q._sign, q._int, q._exp, ctx)


def _rem(a, b, ctx):
    if a._special or b._special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if a._special:
            return _invalid(ctx)
        return _fix(a._sign, a._int, a._exp, ctx)
    if not b._int:
        if not a._int:
            return _invalid(ctx, _DIVUND)
        return _invalid(ctx)
    qr = _divmod_core(a, b, ctx)
    if qr is None:
        return _invalid(ctx, _DIVIMP)
    r = qr[1]
    return _fix(r._sign, r._int, r._exp, ctx)


def _divmod(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n, n
        if a._special:
            if b._special:
                n = _invalid(ctx)
                return n, n
            return _new(sign, 0, 0, 1), _invalid(ctx)
        return _new(sign, 0, 0), _fix(a._sign, a._int, a._exp, ctx)
    if not b._int:
        if not a._int:
            n = _invalid(ctx, _DIVUND)
            return n, n
        ctx._st |= _DIVZERO
        return _new(sign, 0, 0, 1), _invalid(ctx)
    qr = _divmod_core(a, b, ctx)
    if qr is None:
        n = _invalid(ctx, _DIVIMP)
        return n, n
    q, r = qr
    return _fix(q._sign, q._int, q._exp, ctx), _fix(r._sign, r._int, r._exp, ctx)


def _rem_near(a, b, ctx):
    if a._special or b._special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if a._special:
            return _invalid(ctx)
        return _fix(a._sign, a._int, a._exp, ctx)
    if not b._int:
        if not a._int:
            return _invalid(ctx, _DIVUND)
        return _invalid(ctx)
    e = a._exp if a._exp < b._exp else b._exp
    if not a._int:
        return _fix(a._sign, 0, e, ctx)
    expdiff = (a._exp + _nd(a._int)) - (b._exp + _nd(b._int))
    if expdiff >= ctx._prec + 1:
        return _invalid(ctx, _DIVIMP)
    if expdiff <= -2:
        return _fix(a._sign, a._int * _p10(a._exp - e), e, ctx)
    ac = a._int * _p10(a._exp - e)
    bc = b._int * _p10(b._exp - e)
    q, r = divmod(ac, bc)
    # pick the nearer multiple, ties to an even quotient
    if 2 * r + (q & 1) > bc:
        r -= bc
        q += 1
    if q >= _p10(ctx._prec):
        return _invalid(ctx, _DIVIMP)
    sign = a._sign
    if r < 0:
        sign ^= 1
        r = -r
    return _fix(sign, r, e, ctx)


def _getctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


def _done(ctx, r):
    if ctx._st:
        ctx._commit()
    return r


def _to_str(d, eng, capitals):
    sign = '-' if d._sign else ''
    sp = d._special
    if sp:
        if sp == 1:
            return sign + 'Infinity'
        body = 'NaN' if sp == 2 else 'sNaN'
        if d._int:
            body += _istr(d._int)
        return sign + body
    digits = _istr(d._int)
    exp = d._exp
    n = len(digits)
    left = exp + n
    if exp <= 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif d._int == 0:
        dot = (left + 1) % 3 - 1
    else:
        dot = (left - 1) % 3 + 1
    if dot <= 0:
        body = '0.' + '0' * (-dot) + digits
    elif dot >= n:
        body = digits + '0' * (dot - n)
    else:
        body = digits[:dot] + '.' + digits[dot:]
    if left != dot:
        e = left - dot
        body += ('E' if capitals else 'e') + ('%+d' % e)
    return sign + body


_PyHASH_MODULUS = _sys.hash_info.modulus
_PyHASH_INF = _sys.hash_info.inf
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)


class Decimal(object):
    """Floating point class for decimal arithmetic."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        if type(value) is Decimal and cls is Decimal:
            return value
        self = object.__new__(cls)
        if isinstance(value, str):
            r = _parse(value)
            if r is None:
                ctx = _getctx(context)
                ctx._st |= _CONVSYN
                ctx._commit()
                self._sign = 0
                self._int = 0
                self._exp = 0
                self._special = 2
                return self
            self._sign, self._int, self._exp, self._special = r
            if not self._special and _exp_out_of_range(self):
                return _bad_exponent(self, context)
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            self._special = 0
            return self
        if isinstance(value, Decimal):
            self._sign = value._sign
            self._int = value._int
            self._exp = value._exp
            self._special = value._special
            return self
        if isinstance(value, float):
            ctx = _getctx(context)
            ctx._st |= _FLOATOP
            ctx._commit()
            d = _from_float(value)
            self._sign = d._sign
            self._int = d._int
            self._exp = d._exp
            self._special = d._special
            return self
        if isinstance(value, (tuple, list)):
            self._sign, self._int, self._exp, self._special = _from_tuple(value)
            if not self._special and _exp_out_of_range(self):
                return _bad_exponent(self, context)
            return self
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """Exact conversion of an int or float to Decimal."""
        if isinstance(f, int):
            d = _new(1 if f < 0 else 0, abs(f), 0)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # -- pickling / copying
    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    # -- string conversion
    def __str__(self, eng=False, context=None):
        ctx = getcontext() if context is None else context
        return _to_str(self, eng, ctx._capitals)

    def __repr__(self):
        return "Decimal('%s')" % _to_str(self, False, getcontext()._capitals)

    def to_eng_string(self, context=None):
        ctx = _getctx(context)
        return _to_str(self, True, ctx._capitals)

    # -- predicates and simple accessors
    def is_nan(self):
        return self._special >= 2

    def is_snan(self):
        return self._special == 3

    def is_qnan(self):
        return self._special == 2

    def is_infinite(self):
        return self._special == 1

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and not self._int

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._special or not self._int:
            return False
        ctx = _getctx(context)
        return ctx._Emin <= self._exp + _nd(self._int) - 1

    def is_subnormal(self, context=None):
        if self._special or not self._int:
            return False
        ctx = _getctx(context)
        return self._exp + _nd(self._int) - 1 < ctx._Emin

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _nd(self._int) - 1

    def as_tuple(self):
        if self._special:
            exp = ('F', 'n', 'N')[self._special - 1]
            digits = tuple(int(c) for c in _istr(self._int)) if self._int else ()
            if self._special == 1:
                digits = (0,)
            return DecimalTuple(self._sign, digits, exp)
        return DecimalTuple(self._sign, tuple(int(c) for c in _istr(self._int)),
                            self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special >= 2:
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        if not self._int:
            return 0, 1
        n = self._int
        e = self._exp
        if e >= 0:
            n *= _p10(e)
            d = 1
        else:
            d = _p10(-e)
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def canonical(self):
        return self

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def radix(self):
        return Decimal(10)

    def number_class(self, context=None):
        ctx = _getctx(context)
        sp = self._special
        if sp == 3:
            return 'sNaN'
        if sp == 2:
            return 'NaN'
        s = '-' if self._sign else '+'
        if sp == 1:
            return s + 'Infinity'
        if not self._int:
            return s + 'Zero'
        if self.is_subnormal(ctx):
            return s + 'Subnormal'
        return s + 'Normal'

    # -- copies
    def copy_abs(self):
        return _new(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _new(self._sign ^ 1, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _conv_ctx(other)
        return _new(other._sign, self._int, self._exp, self._special)

    # -- comparisons
    def _cmp_prep(self, other, op):
        """Decimal for a comparison operand, or NotImplemented."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _new(1 if other < 0 else 0, abs(other), 0)
        if isinstance(other, float):
            ctx = getcontext()
            ctx._st |= _FLOATOP
            if op in ('eq', 'ne'):
                ctx._flags |= _FLOATOP
                ctx._st = 0
            else:
                ctx._commit()
            return _from_float(other)
        if isinstance(other, complex) and op in ('eq', 'ne') and other.imag == 0:
            return self._cmp_prep(other.real, op)
        return NotImplemented

    def _rational_cmp(self, other):
        """Compare exactly with a Rational: -1, 0, 1 or None for NaN."""
        if self._special:
            if self._special >= 2:
                return None
            return -1 if self._sign else 1
        n, d = self.as_integer_ratio()
        a = n * other.denominator
        b = other.numerator * d
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, Decimal) and self._special < 2 and other._special < 2:
            return _cmp(self, other) == 0
        if isinstance(other, int) and self._special < 2:
            return _cmp(self, _new(1 if other < 0 else 0, abs(other), 0)) == 0
        if isinstance(other, _numbers.Rational) and not isinstance(other, int):
            if self._special == 3:
                ctx = getcontext()
                ctx._st |= _INVALID
                ctx._commit()
            return self._rational_cmp(other) == 0
        o = self._cmp_prep(other, 'eq')
        if o is NotImplemented:
            return o
        if self._special >= 2 or o._special >= 2:
            if self._special == 3 or o._special == 3:
                ctx = getcontext()
                ctx._st |= _INVALID
                ctx._commit()
            return False
        return _cmp(self, o) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other, op):
        if isinstance(other, _numbers.Rational) and not isinstance(other, int):
            r = self._rational_cmp(other)
            if r is None:
                ctx = getcontext()
                ctx._st |= _INVALID
                ctx._commit()
                return None
            return r
        o = self._cmp_prep(other, op)
        if o is NotImplemented:
            return o
        if self._special >= 2 or o._special >= 2:
            ctx = getcontext()
            ctx._st |= _INVALID
            ctx._commit()
            return None
        return _cmp(self, o)

    def __lt__(self, other):
        if isinstance(other, Decimal) and self._special < 2 and other._special < 2:
            return _cmp(self, other) < 0
        r = self._order(other, 'lt')
        if r is NotImplemented:
            return r
        return r is not None and r < 0

    def __le__(self, other):
        if isinstance(other, Decimal) and self._special < 2 and other._special < 2:
            return _cmp(self, other) <= 0
        r = self._order(other, 'le')
        if r is NotImplemented:
            return r
        return r is not None and r <= 0

    def __gt__(self, other):
        if isinstance(other, Decimal) and self._special < 2 and other._special < 2:
            return _cmp(self, other) > 0
        r = self._order(other, 'gt')
        if r is NotImplemented:
            return r
        return r is not None and r > 0

    def __ge__(self, other):
        if isinstance(other, Decimal) and self._special < 2 and other._special < 2:
            return _cmp(self, other) >= 0
        r = self._order(other, 'ge')
        if r is NotImplemented:
            return r
        return r is not None and r >= 0

    def __hash__(self):
        sp = self._special
        if sp:
            if sp == 3:
                raise TypeError('Cannot hash a signaling NaN value')
            if sp == 2:
                return object.__hash__(self)
            return -_PyHASH_INF if self._sign else _PyHASH_INF
        e = self._exp
        if e >= 0:
            h = self._int * pow(10, e, _PyHASH_MODULUS) % _PyHASH_MODULUS
        else:
            h = self._int * pow(_PyHASH_10INV, -e, _PyHASH_MODULUS) % _PyHASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __bool__(self):
        return bool(self._special or self._int)

    # -- conversions
    def __int__(self):
        sp = self._special
        if sp:
            if sp >= 2:
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        e = self._exp
        if e >= 0:
            v = self._int * _p10(e)
        else:
            v = self._int // _p10(-e) if -e <= _nd(self._int) else 0
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        sp = self._special
        if sp >= 2:
            if sp == 3:
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan') if self._sign else float('nan')
        if sp == 1:
            return float('-inf') if self._sign else float('inf')
        return float(_to_str(self, False, 1))

    def __complex__(self):
        return complex(float(self))

    def _to_integral_int(self, rounding):
        sp = self._special
        if sp:
            if sp >= 2:
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        e = self._exp
        if e >= 0:
            v = self._int * _p10(e)
        else:
            v, _ = _shift_round(self._int, -e, rounding, self._sign)
        return -v if self._sign else v

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_new(0, 1, -n))
        return self._to_integral_int(ROUND_HALF_EVEN)

    def __floor__(self):
        return self._to_integral_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_integral_int(ROUND_CEILING)

    # -- arithmetic operators
    def __add__(self, other):
        _o = other
        other = _conv(other)
        if other is NotImplemented:
            return _no_op('+', self, _o, False)
        ctx = getcontext()
        r = _add(self, other, ctx)
        if ctx._st:
            ctx._commit()
        return r

    def __radd__(self, other):
        _o = other
        other = _conv(other)
        if other is NotImplemented:
            return _no_op('+', self, _o, True)
        ctx = getcontext()
        return _done(ctx, _add(other, self, ctx))

    def __sub__(self, other):
        _o = other
        other = _conv(other)
        if other is NotImplemented:
            return _no_op('-', self, _o, False)
        ctx = getcontext()
        r = _add(self, other, ctx, other._sign ^ 1)
        if ctx._st:
            ctx._commit()
        return r

    def __rsub__(self, other):
        _o = other
        other = _conv(other)
        if other is NotImplemented:
            return _no_op('-', self, _o, True)
        ctx = getcontext()
        return _done(ctx, _add(other, self, ctx, self._sign ^ 1))

    def __mul__(self, other):
        _o = other
        other = _conv(other)
        if other is NotImplemented:
            return _no_op('*', self, _o, False)
        ctx = getcontext()
        r = _mul(self, other, ctx)
        if ctx._st:
            ctx._commit()
        return r

    def __rmul__(self, other):
        _o = other
        other = _conv(other)
        if other is NotImplemented:
            return _no_op('*', self, _o, True)
        ctx = getcontext()
        return _done(ctx, _mul(other, self, ctx))

    def __truediv__(self, other):
        _o = other
        other = _conv(other)
        if other is NotImplemented:
            return _no_op('/', self, _o, False)
        ctx = getcontext()
        return _done(ctx, _div(self, other, ctx))

    def __rtruediv__(self, other):
        _o = other
        other = _conv(other)
        if other is NotImplemented:
            return _no_op('/', self, _o, True)
        ctx = getcontext()
        return _done(ctx, _div(other, self, ctx))

    def __floordiv__(self, other):
        _o = other
        other = _conv(other)
        if other is NotImplemented:
            return _no_op('//', self, _o, False)
        ctx = getcontext()
        return _done(ctx, _divint(self, other, ctx))

    def __rfloordiv__(self, other):
        _o = other
        other = _conv(other)
        if other is NotImplemented:
            return _no_op('//', self, _o, True)
        ctx = getcontext()
        return _done(ctx, _divint(other, self, ctx))

    def __mod__(self, other):
        _o = other
        other = _conv(other)
        if other is NotImplemented:
            return _no_op('%', self, _o, False)
        ctx = getcontext()
        return _done(ctx, _rem(self, other, ctx))

    def __rmod__(self, other):
        _o = other
        other = _conv(other)
        if other is NotImplemented:
            return _no_op('%', self, _o, True)
        ctx = getcontext()
        return _done(ctx, _rem(other, self, ctx))

    def __divmod__(self, other):
        _o = other
        other = _conv(other)
        if other is NotImplemented:
            return _no_op('divmod()', self, _o, False)
        ctx = getcontext()
        return _done(ctx, _divmod(self, other, ctx))

    def __rdivmod__(self, other):
        _o = other
        other = _conv(other)
        if other is NotImplemented:
            return _no_op('divmod()', self, _o, True)
        ctx = getcontext()
        return _done(ctx, _divmod(other, self, ctx))

    def __pow__(self, other, modulo=None):
        _o = other
        other = _conv(other)
        if other is NotImplemented:
            return _no_op('** or pow()', self, _o, False)
        ctx = getcontext()
        if modulo is not None:
            modulo = _conv(modulo)
            if modulo is NotImplemented:
                return modulo
            return _done(ctx, _powmod(self, other, modulo, ctx))
        return _done(ctx, _pow(self, other, ctx))

    def __rpow__(self, other, modulo=None):
        _o = other
        other = _conv(other)
        if other is NotImplemented:
            return _no_op('** or pow()', self, _o, True)
        ctx = getcontext()
        if modulo is not None:
            modulo = _conv(modulo)
            if modulo is NotImplemented:
                return modulo
            return _done(ctx, _powmod(other, self, modulo, ctx))
        return _done(ctx, _pow(other, self, ctx))

    def __neg__(self):
        ctx = getcontext()
        return _done(ctx, self._minus(ctx))

    def __pos__(self):
        ctx = getcontext()
        return _done(ctx, self._plus(ctx))

    def __abs__(self):
        ctx = getcontext()
        if self._sign:
            return _done(ctx, self._minus(ctx))
        return _done(ctx, self._plus(ctx))

    def _plus(self, ctx):
        if self._special:
            n = _nan_result(self, None, ctx)
            if n is not None:
                return n
            return _new(self._sign, 0, 0, 1)
        sign = self._sign
        if not self._int and ctx._rounding != ROUND_FLOOR:
            sign = 0
        return _fix(sign, self._int, self._exp, ctx)

    def _plus_raw(self, ctx):
        return _fix(self._sign, self._int, self._exp, ctx)

    def _minus(self, ctx):
        if self._special:
            n = _nan_result(self, None, ctx)
            if n is not None:
                return n
            return _new(self._sign ^ 1, 0, 0, 1)
        sign = self._sign ^ 1
        if not self._int and ctx._rounding != ROUND_FLOOR:
            sign = 0
        return _fix(sign, self._int, self._exp, ctx)

    # -- named arithmetic methods
    def _binop(self, other, context, fn):
        other = _conv_ctx(other)
        ctx = _getctx(context)
        return _done(ctx, fn(self, other, ctx))

    def compare(self, other, context=None):
        return self._binop(other, context, _compare)

    def compare_signal(self, other, context=None):
        return self._binop(other, context, _compare_signal)

    def compare_total(self, other, context=None):
        other = _conv_ctx(other)
        return _new(0, 1, 0) if _total_cmp(self, other) > 0 else \
            (_new(1, 1, 0) if _total_cmp(self, other) < 0 else _new(0, 0, 0))

    def compare_total_mag(self, other, context=None):
        other = _conv_ctx(other)
        return self.copy_abs().compare_total(other.copy_abs())

    def max(self, other, context=None):
        return self._binop(other, context, lambda a, b, c: _minmax(a, b, c, 1, False))

    def min(self, other, context=None):
        return self._binop(other, context, lambda a, b, c: _minmax(a, b, c, -1, False))

    def max_mag(self, other, context=None):
        return self._binop(other, context, lambda a, b, c: _minmax(a, b, c, 1, True))

    def min_mag(self, other, context=None):
        return self._binop(other, context, lambda a, b, c: _minmax(a, b, c, -1, True))

    def remainder_near(self, other, context=None):
        return self._binop(other, context, _rem_near)

    def same_quantum(self, other, context=None):
        other = _conv_ctx(other)
        if self._special or other._special:
            return (self._special >= 2 and other._special >= 2) or \
                (self._special == 1 and other._special == 1)
        return self._exp == other._exp

    def fma(self, other, third, context=None):
        other = _conv_ctx(other)
        third = _conv_ctx(third)
        ctx = _getctx(context)
        return _done(ctx, _fma(self, other, third, ctx))

    def quantize(self, exp, rounding=None, context=None):
        exp = _conv_ctx(exp)
        ctx = _getctx(context)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        return _done(ctx, _quantize(self, exp, rounding or ctx._rounding, ctx))

    def to_integral_value(self, rounding=None, context=None):
        ctx = _getctx(context)
        return _done(ctx, _to_integral(self, rounding or ctx._rounding, ctx, False))

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _getctx(context)
        return _done(ctx, _to_integral(self, rounding or ctx._rounding, ctx, True))

    def normalize(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _normalize(self, ctx))

    def sqrt(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _sqrt(self, ctx))

    def exp(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _exp(self, ctx))

    def ln(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _ln(self, ctx))

    def log10(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _log10(self, ctx))

    def logb(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _logb(self, ctx))

    def scaleb(self, other, context=None):
        return self._binop(other, context, _scaleb)

    def next_plus(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _next(self, ctx, 1))

    def next_minus(self, context=None):
        ctx = _getctx(context)
        return _done(ctx, _next(self, ctx, -1))

    def next_toward(self, other, context=None):
        return self._binop(other, context, _next_toward)

    def rotate(self, other, context=None):
        return self._binop(other, context, lambda a, b, c: _shift(a, b, c, True))

    def shift(self, other, context=None):
        return self._binop(other, context, lambda a, b, c: _shift(a, b, c, False))

    def logical_and(self, other, context=None):
        return self._binop(other, context, lambda a, b, c: _logical(a, b, c, 'and'))

    def logical_or(self, other, context=None):
        return self._binop(other, context, lambda a, b, c: _logical(a, b, c, 'or'))

    def logical_xor(self, other, context=None):
        return self._binop(other, context, lambda a, b, c: _logical(a, b, c, 'xor'))

    def logical_invert(self, context=None):
        ctx = _getctx(context)
        ones = _new(0, int('1' * ctx._prec), 0)
        return _done(ctx, _logical(self, ones, ctx, 'xor'))

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec, getcontext())


try:
    _numbers.Number.register(Decimal)
except Exception:       # pragma: no cover
    pass


def _exp_out_of_range(d):
    e = d._exp
    if e < MIN_ETINY:
        return True
    return (e + _nd(d._int) - 1 if d._int else e) > MAX_EMAX


def _bad_exponent(d, context):
    """Exact conversion with an exponent beyond libmpdec's limits: NaN."""
    ctx = _getctx(context)
    ctx._st |= _INVALID
    ctx._commit()
    d._sign = 0
    d._int = 0
    d._exp = 0
    d._special = 2
    return d


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not isinstance(sign, int) or sign not in (0, 1):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        special = {'F': 1, 'n': 2, 'N': 3}[exp]
        exp = 0
    elif isinstance(exp, int):
        special = 0
    else:
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    c = 0
    for dg in digits:
        if not isinstance(dg, int) or not 0 <= dg <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        c = c * 10 + dg
    if special == 1:
        c = 0
    return sign, c, exp, special


# ---------------------------------------------------------------- more cores

def _compare(a, b, ctx):
    if a._special >= 2 or b._special >= 2:
        return _nan_result(a, b, ctx)
    r = _cmp(a, b)
    return _new(1 if r < 0 else 0, 1 if r else 0, 0)


def _compare_signal(a, b, ctx):
    if a._special >= 2 or b._special >= 2:
        ctx._st |= _INVALID
        n = _nan_result(a, b, ctx)
        return n
    return _compare(a, b, ctx)


def _total_cmp(a, b):
    """Total ordering of the specification: -1, 0, 1."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    sign = a._sign
    # rank: finite 0, inf 1, sNaN 2, qNaN 3
    ra = (0, 1, 3, 2)[a._special]
    rb = (0, 1, 3, 2)[b._special]
    if ra != rb:
        r = 1 if ra > rb else -1
    elif ra >= 2:
        r = (a._int > b._int) - (a._int < b._int)
    elif ra == 1:
        r = 0
    else:
        r = _cmp(a.copy_abs(), b.copy_abs())
        if r == 0:
            r = (a._exp > b._exp) - (a._exp < b._exp)
    return -r if sign else r


def _minmax(a, b, ctx, want, mag):
    # a quiet NaN loses to a number
    if a._special >= 2 or b._special >= 2:
        if a._special == 3 or b._special == 3:
            return _nan_result(a, b, ctx)
        if a._special == 2 and b._special < 2:
            return b._plus_raw(ctx) if not b._special else b
        if b._special == 2 and a._special < 2:
            return a._plus_raw(ctx) if not a._special else a
        return _nan_result(a, b, ctx)
    r = _cmp(a.copy_abs(), b.copy_abs()) if mag else _cmp(a, b)
    if r == 0:
        if mag:
            r = _cmp(a, b)
        if r == 0:
            # equal values: order by sign, then exponent
            if a._sign != b._sign:
                r = -1 if a._sign else 1
            else:
                r = (a._exp > b._exp) - (a._exp < b._exp)
                if a._sign:
                    r = -r
    pick = a if (r >= 0) == (want > 0) else b
    if r == 0:
        pick = a
    if pick._special:
        return pick
    return _fix(pick._sign, pick._int, pick._exp, ctx)


def _fma(a, b, c, ctx):
    if a._special or b._special:
        if a._special == 3 or b._special == 3:
            return _nan_result(a, b, ctx)
        if a._special == 2:
            p = a
        elif b._special == 2:
            p = b
        elif (not a._special and not a._int) or (not b._special and not b._int):
            return _invalid(ctx)
        else:
            p = _new(a._sign ^ b._sign, 0, 0, 1)
    else:
        p = _new(a._sign ^ b._sign, a._int * b._int, a._exp + b._exp)
    return _add(p, c, ctx)


def _quantize(a, q, rounding, ctx):
    if a._special or q._special:
        n = _nan_result(a, q, ctx)
        if n is not None:
            return n
        if a._special == 1 and q._special == 1:
            return _new(a._sign, 0, 0, 1)
        return _invalid(ctx)
    e = q._exp
    if not (ctx._Emin - ctx._prec + 1 <= e <= ctx._Emax):
        return _invalid(ctx)
    if not a._int:
        return _fix(a._sign, 0, e, ctx)
    if e > a._exp:
        c, inexact = _shift_round(a._int, e - a._exp, rounding, a._sign)
        st = _ROUNDED
        if inexact:
            st |= _INEXACT
    else:
        c = a._int * _p10(a._exp - e)
        st = 0
    if c and _nd(c) > ctx._prec:
        return _invalid(ctx)
    if c and e + _nd(c) - 1 > ctx._Emax:
        return _invalid(ctx)
    ctx._st |= st
    return _fix(a._sign, c, e, ctx)


def _to_integral(a, rounding, ctx, exact):
    if a._special:
        n = _nan_result(a, None, ctx)
        if n is not None:
            return n
        return a
    if a._exp >= 0:
        return a
    if not a._int:
        return _new(a._sign, 0, 0)
    c, inexact = _shift_round(a._int, -a._exp, rounding, a._sign)
    if exact:
        ctx._st |= _ROUNDED | (_INEXACT if inexact else 0)
    return _new(a._sign, c, 0)


def _normalize(a, ctx):
    if a._special:
        n = _nan_result(a, None, ctx)
        if n is not None:
            return n
        return a
    d = _fix(a._sign, a._int, a._exp, ctx)
    if d._special:
        return d
    if not d._int:
        return _new(d._sign, 0, 0)
    c = d._int
    e = d._exp
    top = ctx._Emax - ctx._prec + 1 if ctx._clamp else ctx._Emax
    while c % 10 == 0 and e < top:
        c //= 10
        e += 1
    return _new(d._sign, c, e)


def _logb(a, ctx):
    if a._special:
        n = _nan_result(a, None, ctx)
        if n is not None:
            return n
        return _new(0, 0, 0, 1)
    if not a._int:
        ctx._st |= _DIVZERO
        return _new(1, 0, 0, 1)
    v = a._exp + _nd(a._int) - 1
    return _fix(1 if v < 0 else 0, abs(v), 0, ctx)


def _scaleb(a, b, ctx):
    if a._special or b._special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
    if b._special or b._exp != 0:
        return _invalid(ctx)
    lim = 2 * (ctx._Emax + ctx._prec)
    if b._int > lim:
        return _invalid(ctx)
    if a._special:
        return a
    s = -b._int if b._sign else b._int
    return _fix(a._sign, a._int, a._exp + s, ctx)


def _next(a, ctx, direction):
    if a._special:
        n = _nan_result(a, None, ctx)
        if n is not None:
            return n
        if (direction > 0) == (a._sign == 1):
            # -Inf next_plus / +Inf next_minus: the largest finite value
            prec = ctx._prec
            return _new(a._sign, _p10(prec) - 1, ctx._Emax - prec + 1)
        return a
    work = ctx.copy()
    work._traps = 0
    work._st = 0
    work._rounding = ROUND_CEILING if direction > 0 else ROUND_FLOOR
    d = _fix(a._sign, a._int, a._exp, work)
    if _cmp(d, a) != 0:
        return d
    etiny = ctx._Emin - ctx._prec + 1
    tiny = _new(1 if direction < 0 else 0, 1, etiny - 1)
    work._st = 0
    return _add(a, tiny, work)


def _next_toward(a, b, ctx):
    if a._special >= 2 or b._special >= 2:
        return _nan_result(a, b, ctx)
    r = _cmp(a, b)
    if r == 0:
        return _new(b._sign, a._int, a._exp, a._special)
    d = _next(a, ctx, -1 if r > 0 else 1)
    if d._special == 1:
        ctx._st |= _OVERFLOW | _INEXACT | _ROUNDED
    elif not d._special and d._exp + _nd(d._int) - 1 < ctx._Emin:
        ctx._st |= _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
        if not d._int:
            ctx._st |= _CLAMPED
    return d


def _shift(a, b, ctx, rotate):
    if a._special or b._special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
    if b._special or b._exp != 0 or b._int > ctx._prec:
        return _invalid(ctx)
    if a._special:
        return a
    prec = ctx._prec
    s = -b._int if b._sign else b._int
    c = a._int % _p10(prec)
    if rotate:
        s %= prec
        if s:
            c = (c * _p10(s)) % _p10(prec) + c // _p10(prec - s)
    elif s > 0:
        c = (c * _p10(s)) % _p10(prec)
    elif s < 0:
        c = c // _p10(-s)
    return _new(a._sign, c, a._exp)


def _logical(a, b, ctx, op):
    def digits(d):
        if d._special or d._sign or d._exp != 0:
            return None
        s = _istr(d._int)
        if s.strip('01'):
            return None
        return s
    x = digits(a)
    y = digits(b)
    if x is None or y is None:
        return _invalid(ctx)
    prec = ctx._prec
    x = x.rjust(prec, '0')[-prec:]
    y = y.rjust(prec, '0')[-prec:]
    if op == 'and':
        r = ''.join('1' if p == '1' and q == '1' else '0' for p, q in zip(x, y))
    elif op == 'or':
        r = ''.join('1' if p == '1' or q == '1' else '0' for p, q in zip(x, y))
    else:
        r = ''.join('1' if p != q else '0' for p, q in zip(x, y))
    return _new(0, int(r), 0)


# ---------------------------------------------------------------- roots and
# transcendental functions (fixed point with guard digits, see the essay)

def _sqrt(a, ctx):
    if a._special:
        n = _nan_result(a, None, ctx)
        if n is not None:
            return n
        if a._sign:
            return _invalid(ctx)
        return a
    ideal = a._exp // 2
    if not a._int:
        return _fix(a._sign, 0, ideal, ctx)
    if a._sign:
        return _invalid(ctx)
    c = a._int
    e = a._exp
    if e & 1:
        c *= 10
        e -= 1
    prec = ctx._prec
    t = prec + 2 - (_nd(c) + 1) // 2
    if t < 0:
        t = 0
    m = c * _p10(2 * t)
    q = _math.isqrt(m)
    e = e // 2 - t
    if q * q == m:
        while e < ideal and q % 10 == 0:
            q //= 10
            e += 1
    else:
        q = q * 10 + 1
        e -= 1
    saved = ctx._rounding
    ctx._rounding = ROUND_HALF_EVEN
    try:
        return _fix(0, q, e, ctx)
    finally:
        ctx._rounding = saved


_LN10_CACHE = [0, 0]


def _ln10(w):
    """ln(10) * 10**w, error below one unit."""
    cw, cv = _LN10_CACHE
    if cw >= w:
        return cv // _p10(cw - w)
    w2 = max(w + 20, 2 * cw)
    v = _ln_fixed(10 * _p10(w2), w2)
    _LN10_CACHE[0] = w2
    _LN10_CACHE[1] = v
    return v // _p10(w2 - w)


def _ln_fixed(v, w):
    """ln(v / 10**w) * 10**w for v > 0 (error a few units)."""
    g = w + 12
    one = _p10(g)
    x = v * _p10(12)
    s = 0
    while abs(x - one) * 1000 > one:
        x = _math.isqrt(x * one)
        s += 1
    # 2*atanh(z) with z = (x-1)/(x+1), summed on |z| so that the floor
    # divisions shrink the terms to zero
    num = x - one
    z = abs(num) * one // (x + one)
    z2 = z * z // one
    term = z
    total = 0
    k = 1
    while term:
        total += term // k
        term = term * z2 // one
        k += 2
    r = (total << (s + 1)) // _p10(12)
    return -r if num < 0 else r


def _exp_fixed(x, w):
    """exp(x / 10**w) * 10**w for |x| <= 3 * 10**w (error a few units)."""
    g = w + 12
    one = _p10(g)
    y = (x * _p10(12)) >> 12
    s = 12
    term = one
    total = one
    k = 1
    while term:
        term = term * y // (one * k)
        total += term
        k += 1
    for _ in range(s):
        total = total * total // one
    return total // _p10(12)


def _ziv(v, err, prec):
    """(c, s) when v +- err fixes the first prec+1 digits, else the shortfall."""
    n = _nd(v)
    s = n - (prec + 1)
    need = _nd(err) + 1
    if s < need:
        return None, need - s + 3
    p = _p10(s)
    lo = (v - err) // p
    if lo != (v + err) // p:
        return None, 10
    return (lo * 10 + 1, s - 1), 0


def _scaled(a, w):
    """floor(|a| * 10**w) for finite a."""
    e = a._exp + w
    if e >= 0:
        return a._int * _p10(e)
    return a._int // _p10(-e)


def _exp_core(x, w, errx):
    """exp(x/10**w) ~ E * 10**(k-w) with |error| <= ERR units of E."""
    l10 = _ln10(w)
    k = x // l10
    r = x - k * l10
    e = _exp_fixed(r, w)
    return e, k, 10 * (errx + 2 * abs(k) + 1) + 10


def _with_half_even(ctx, fn, *args):
    saved = ctx._rounding
    ctx._rounding = ROUND_HALF_EVEN
    try:
        return fn(*args)
    finally:
        ctx._rounding = saved


def _exp(a, ctx):
    if a._special:
        n = _nan_result(a, None, ctx)
        if n is not None:
            return n
        if a._sign:
            return _new(0, 0, 0)
        return a
    if not a._int:
        return _fix(0, 1, 0, ctx)
    return _with_half_even(ctx, _exp_finite, a, ctx)


def _exp_finite(a, ctx):
    prec = ctx._prec
    adj = a._exp + _nd(a._int) - 1
    if adj > 19:
        if a._sign:
            return _fix(0, 1, ctx._Emin - prec - 10, ctx)
        return _fix(0, 1, ctx._Emax + 10, ctx)
    if adj < -(prec + 2):
        if a._sign:
            return _fix(0, _p10(prec + 2) - 1, -(prec + 2), ctx)
        return _fix(0, _p10(prec + 1) + 1, -(prec + 1), ctx)
    w = prec + 10 + (adj if adj > 0 else 0)
    while True:
        x = _scaled(a, w)
        if a._sign:
            x = -x - 1
        e, k, err = _exp_core(x, w, 2)
        r, more = _ziv(e, err, prec)
        if r is not None:
            c, s = r
            return _fix(0, c, k - w + s, ctx)
        w += more


def _ln(a, ctx):
    if a._special:
        n = _nan_result(a, None, ctx)
        if n is not None:
            return n
        if a._sign:
            return _invalid(ctx)
        return a
    if not a._int:
        return _new(1, 0, 0, 1)
    if a._sign:
        return _invalid(ctx)
    if a._int == 1 and a._exp == 0 or (a._exp < 0 and a._int == _p10(-a._exp)):
        return _new(0, 0, 0)
    return _with_half_even(ctx, _log_finite, a, ctx, False)


def _log10(a, ctx):
    if a._special:
        n = _nan_result(a, None, ctx)
        if n is not None:
            return n
        if a._sign:
            return _invalid(ctx)
        return a
    if not a._int:
        return _new(1, 0, 0, 1)
    if a._sign:
        return _invalid(ctx)
    c = a._int
    s = _istr(c)
    if s[0] == '1' and not s[1:].strip('0'):
        t = a._exp + len(s) - 1
        return _fix(1 if t < 0 else 0, abs(t), 0, ctx)
    return _with_half_even(ctx, _log_finite, a, ctx, True)


def _ln_parts(a, w):
    """(ln(m) * 10**w, t) with a == m * 10**t and m in [10**-0.5, 10**0.5).

    Keeping m near one means ln(m) never cancels against t*ln(10): ln(a)
    for a near 1 and log10(a) for a near a power of ten need no digits of
    ln(10) beyond the ones that show in the result.
    """
    c = a._int
    d = _nd(c)
    t = a._exp + d - 1
    mexp = 1 - d
    if c * c >= 10 * _p10(2 * (d - 1)):
        t += 1
        mexp -= 1
    return _ln_fixed(_scaled(_new(0, c, mexp), w), w), t


def _ln_approx(a, w):
    """ln(a) * 10**w and an error bound, for finite a > 0."""
    lm, t = _ln_parts(a, w)
    if not t:
        return lm, 6
    return lm + t * _ln10(w), 6 + 2 * abs(t)


def _log_finite(a, ctx, base10):
    prec = ctx._prec
    d = _nd(a._int)
    t = a._exp + d - 1
    w = prec + 10 + _nd(abs(t))
    while True:
        if base10:
            lm, t = _ln_parts(a, w)
            # divide by ln(10) with just the relative precision lm needs
            k = _nd(abs(lm)) + 15
            v = lm * _p10(k) // _ln10(k) + t * _p10(w)
            err = 10
        else:
            v, err = _ln_approx(a, w)
        sign = 1 if v < 0 else 0
        r, more = _ziv(abs(v), err, prec)
        if r is not None:
            c, s = r
            return _fix(sign, c, s - w, ctx)
        if abs(v) < 1000 * err:
            # no significant digit yet: the result is tiny, double the scale
            more = max(more, w)
        w += more


def _is_integral(d):
    if d._special:
        return False
    if d._exp >= 0:
        return True
    return d._int % _p10(-d._exp) == 0 if -d._exp <= _nd(d._int) else not d._int


def _int_value(d):
    if d._exp >= 0:
        v = d._int * _p10(d._exp)
    else:
        v = d._int // _p10(-d._exp)
    return -v if d._sign else v


def _pow(a, b, ctx):
    if a._special or b._special:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
    b_int = _is_integral(b)
    # the result is negative only for a negative base and an odd integer power
    odd = 0
    if b_int and a._sign and b._exp <= 0:
        odd = (b._int // _p10(-b._exp)) & 1
    a_zero = not a._special and not a._int
    b_zero = not b._special and not b._int
    if a_zero:
        if b_zero:
            return _invalid(ctx)
        return _new(odd, 0, 0, 1 if b._sign else 0)
    if a._sign and (not b_int or b._special):
        return _invalid(ctx)
    if b._special:
        r = _cmp(a, _new(0, 1, 0))
        if r == 0:
            prec = ctx._prec
            ctx._st |= _INEXACT | _ROUNDED
            return _new(0, _p10(prec - 1), 1 - prec)
        if (r > 0) != bool(b._sign):
            return _new(0, 0, 0, 1)
        return _new(0, 0, 0)
    if a._special:
        if b_zero:
            return _new(odd, 1, 0)
        return _new(odd, 0, 0, 0 if b._sign else 1)
    if b_zero:
        return _new(odd, 1, 0)
    sign = odd if b_int else 0
    # |a| == 1: exact powers of one keep the exponent's scale
    if a._exp <= 0 and a._int == _p10(-a._exp):
        prec = ctx._prec
        if b_int:
            if b._sign:
                return _new(sign, 1, 0)
            shift = _int_value(b) * -a._exp
            if shift > prec - 1:
                shift = prec - 1
                ctx._st |= _ROUNDED
        else:
            shift = prec - 1
            ctx._st |= _INEXACT | _ROUNDED
        return _new(sign, _p10(shift), -shift)
    r = _pow_bounds(a, b, sign, ctx)
    if r is not None:
        return r
    if b_int:
        n = _int_value(b)
        if _pow_int_flushes(a, b, n, ctx):
            ctx._st |= _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED | _CLAMPED
            return _new(sign, 0, ctx._Emin - ctx._prec + 1)
        return _pow_int(a, n, odd, ctx)
    return _pow_real(a, b, ctx)


def _pow_bounds(a, b, sign, ctx):
    """libmpdec's shortcut for powers that certainly overflow or underflow."""
    lb_theta = b._exp + _nd(b._int) - 1
    t = a._exp + _nd(a._int) - 1
    if t > 0:
        lb_zeta = len(str(t)) - 1
    elif t < -1:
        lb_zeta = len(str(-(t + 1))) - 1
    else:
        work = Context(prec=MAX_PREC)
        d = _add(a.copy_abs(), _new(0, 1, 0), work, 1)
        u = d._exp + _nd(d._int) - 1
        lb_zeta = u - 2 if t == 0 else u - 1
    if (t < 0) ^ b._sign == 0:
        if len(str(ctx._Emax)) < lb_zeta + lb_theta:
            return _fix(sign, 1, 2 * MAX_EMAX, ctx)
    else:
        etiny = ctx._Emin - ctx._prec + 1
        if len(str(-etiny)) < lb_zeta + lb_theta:
            return _fix(sign, 1, etiny - 1, ctx)
    return None


def _pow_int_flushes(a, b, n, ctx):
    """Whether libmpdec's working precision power underflows to zero.

    libmpdec raises to integral powers in a context with a few more digits
    but the same Emin, rounding half-even; a result below half the working
    context's smallest subnormal becomes zero before the final rounding.
    """
    if a._exp + _nd(a._int) - 1 >= 0 and n > 0:
        return False
    if (a._exp + _nd(a._int) - 1 < 0) and n < 0:
        return False
    wprec = ctx._prec + _nd(b._int) + b._exp + 2 + (1 if n < 0 else 0)
    etiny_w = ctx._Emin - wprec + 1
    # below half the working context's smallest subnormal: log10(0.5)
    return _log10_estimate(a) * n < etiny_w - 0.30103


def _log10_estimate(a):
    """log10(|a|) to about 15 significant digits, as a float."""
    c = a._int
    nd = _nd(c)
    if nd > 17:
        c //= _p10(nd - 17)
        e = a._exp + nd - 17
    else:
        e = a._exp
    return _math.log10(c) + e


def _pow_int(a, n, sign, ctx):
    prec = ctx._prec
    c = a._int
    e = a._exp
    m = abs(n)
    stripped = c
    zeros = 0
    while stripped % 10 == 0:
        stripped //= 10
        zeros += 1
    if stripped == 1:
        # a power of ten: the result is exact
        if n > 0:
            total = zeros * m
            pad = total if total <= prec + 5 else prec + 5
            return _fix(sign, _p10(pad), e * m + total - pad, ctx)
        return _fix(sign, 1, -(e + zeros) * m, ctx)
    est = (stripped.bit_length() - 1) * m * 30103 // 100000
    if est <= 4 * prec + 100 and _nd(c) * m <= 20 * prec + 2000:
        p = c ** m
        if n > 0:
            return _fix(sign, p, e * m, ctx)
        return _div(_new(0, 1, 0), _new(sign, p, e * m), ctx)
    # the exact power is far longer than prec: binary powering with guard
    # digits, then the Ziv check
    w = prec + _nd(m) + 10
    while True:
        v, ve, err = _pow_approx(stripped, m, w)
        ve += (e + zeros) * m
        if n < 0:
            nv = _nd(v)
            q = _p10(2 * nv + w) // v
            ve = -ve - (2 * nv + w)
            v = q
            err = err * 4 + 4
        r, more = _ziv(v, err, prec)
        if r is not None:
            cc, s = r
            return _fix(sign, cc, ve + s, ctx)
        w += more


def _pow_approx(c, m, w):
    """c**m ~ v * 10**ve, v with about w digits, error <= err units of v."""
    m0 = m
    rv, re = 1, 0
    bv, be = c, 0
    steps = 0
    while True:
        if m & 1:
            rv *= bv
            re += be
            n = _nd(rv)
            if n > w:
                rv //= _p10(n - w)
                re += n - w
            steps += 1
        m >>= 1
        if not m:
            break
        bv *= bv
        be += be
        n = _nd(bv)
        if n > w:
            bv //= _p10(n - w)
            be += n - w
        steps += 1
    # each truncation adds a relative error below 10**(1-w); squarings
    # double what the base carries, so the total stays below about 2*m of
    # them: in units of rv that is at most 20*m
    return rv, re, 20 * m0 + 20 * steps + 20


def _pow_real(a, b, ctx):
    prec = ctx._prec
    w = prec + 10
    badj = b._exp + _nd(b._int) - 1
    wp = max(_nd(a._int), prec) + 23
    while True:
        # tiny exponents need extra fraction digits to see how tiny y*ln(a) is
        wl = w + (badj if badj > 0 else min(-badj, 60)) + 5
        if wl < wp + 5:
            wl = wp + 5
        lv, lerr = _ln_approx(a, wl)
        # y * ln(a) in fixed point with scale 10**wl
        yv = lv * b._int
        if b._exp >= 0:
            yv *= _p10(b._exp)
            yerr = lerr * b._int * _p10(b._exp)
        else:
            yv = yv // _p10(-b._exp)
            yerr = lerr * b._int // _p10(-b._exp) + 2
        if b._sign:
            yv = -yv
        # libmpdec evaluates exp(y*ln(a)) with wp digits, half-even; when
        # that gives exactly 1 the result is 1 with prec digits, inexact
        ulp_exp = wl - wp + 1 if yv > 0 else wl - wp
        if 2 * (abs(yv) + yerr) < _p10(ulp_exp):
            ctx._st |= _INEXACT | _ROUNDED
            return _new(0, _p10(prec - 1), 1 - prec)
        # overflow / underflow quick exits
        lim = 10 * (ctx._Emax + prec + 20) * _p10(wl) // 4
        if yv > 3 * lim:
            return _fix(0, 1, ctx._Emax + 10, ctx)
        if yv < -3 * lim - 3 * (ctx._prec - ctx._Emin) * _p10(wl):
            return _fix(0, 1, ctx._Emin - prec - 10, ctx)
        e, k, err = _exp_core(yv, wl, yerr)
        r, more = _ziv(e, err, prec)
        if r is not None:
            c, s = r
            return _fix(0, c, k - wl + s, ctx)
        if w > 2 * prec + 60:
            # the power is (almost) exactly representable: take the
            # nearest prec+1 digits and mark the result inexact
            s = _nd(e) - (prec + 1)
            c = (e + _p10(s) // 2) // _p10(s)
            return _fix(0, c * 10 + 1, k - wl + s - 1, ctx)
        w += more


def _powmod(a, b, m, ctx):
    if a._special or b._special or m._special:
        if a._special == 3 or b._special == 3 or m._special == 3:
            ctx._st |= _INVALID
            for d in (a, b, m):
                if d._special == 3:
                    return _fix_nan(d, ctx)
        for d in (a, b, m):
            if d._special == 2:
                return _fix_nan(d, ctx)
        return _invalid(ctx)
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        return _invalid(ctx)
    if b._sign or not m._int:
        return _invalid(ctx)
    mv = abs(_int_value(m))
    if _nd(mv) > ctx._prec:
        return _invalid(ctx)
    if not a._int and not b._int:
        return _invalid(ctx)
    av = _int_value(a)
    bv = _int_value(b)
    r = pow(abs(av), bv, mv)
    sign = 1 if (a._sign and bv & 1) else 0
    return _new(sign, r, 0)


# ---------------------------------------------------------------- formatting

def _parse_spec(spec):
    n = len(spec)
    i = 0
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    nozero = False
    if i < n and spec[i] == 'z':
        nozero = True
        i += 1
    alt = False
    zeropad = False
    if i < n and spec[i] == '0':
        if align is not None:
            raise ValueError('invalid format string')
        zeropad = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    sep = ''
    if i < n and spec[i] == ',':
        sep = spec[i]
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError('invalid format string')
        prec = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
        if typ not in 'eEfFgGn%':
            raise ValueError('invalid format string')
    if i != n:
        raise ValueError('invalid format string')
    if typ == 'n' and sep:
        raise ValueError('invalid format string')
    if zeropad and fill is None and align is None:
        fill = '0'
        align = '='
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    return fill, align, sign, nozero, alt, zeropad, width, sep, prec, typ


def _group(digits, sep, min_width):
    if not sep:
        if len(digits) < min_width:
            digits = '0' * (min_width - len(digits)) + digits
        return digits
    groups = []
    while True:
        l = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (l - len(digits)) + digits[-l:])
        digits = digits[:-l]
        min_width -= l
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _align(fill, align, width, sign, body):
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    padding = fill * pad
    if align == '<':
        return sign + body + padding
    if align == '=':
        return sign + padding + body
    if align == '^':
        half = pad // 2
        return padding[:half] + sign + body + padding[half:]
    return padding + sign + body


def _format(d, spec, ctx):
    fill, align, signopt, nozero, alt, zeropad, width, sep, prec, typ = _parse_spec(spec)
    if d._special:
        sign = '-' if d._sign else ('' if signopt == '-' else signopt)
        body = _to_str(d.copy_abs(), False, 1)
        if typ == '%':
            body += '%'
        if zeropad:
            fill = ' '
            align = '>'
        return _align(fill, align, width, sign, body)
    if typ is None:
        typ = 'G' if ctx._capitals else 'g'
        if prec is not None and prec == 0:
            prec = 1
    rounding = ctx._rounding
    sign_bit = d._sign
    c = d._int
    e = d._exp
    if typ == '%':
        e += 2
    if prec is not None:
        if typ in 'eE':
            nd = _nd(c)
            if nd > prec + 1:
                c, _ = _shift_round(c, nd - prec - 1, rounding, sign_bit, nd)
                e += nd - prec - 1
                if _nd(c) > prec + 1:
                    c //= 10
                    e += 1
            elif c and nd < prec + 1:
                c *= _p10(prec + 1 - nd)
                e -= prec + 1 - nd
        elif typ in 'fF%':
            if e < -prec:
                c, _ = _shift_round(c, -prec - e, rounding, sign_bit)
            elif e > -prec:
                c *= _p10(e + prec)
            e = -prec
        elif typ in 'gGn':
            if prec == 0:
                prec = 1
            nd = _nd(c)
            if nd > prec:
                c, _ = _shift_round(c, nd - prec, rounding, sign_bit, nd)
                e += nd - prec
                if _nd(c) > prec:
                    c //= 10
                    e += 1
    if not c and e > 0 and typ in 'fF%':
        e = 0
    if not c and nozero:
        sign_bit = 0
    digits = _istr(c)
    left = e + len(digits)
    if typ in 'eE':
        if not c and prec is not None:
            dot = 1 - prec
        else:
            dot = 1
    elif typ in 'fF%':
        dot = left
    else:
        if e <= 0 and left > -6:
            dot = left
        else:
            dot = 1
    if dot < 0:
        intpart = '0'
        frac = '0' * (-dot) + digits
    elif dot > len(digits):
        intpart = digits + '0' * (dot - len(digits))
        frac = ''
    else:
        intpart = digits[:dot] or '0'
        frac = digits[dot:]
    exp = left - dot
    if sign_bit:
        sign = '-'
    elif signopt == '-':
        sign = ''
    else:
        sign = signopt
    tail = ''
    if frac or alt:
        tail = '.' + frac
    if exp != 0 or typ in 'eE':
        echar = 'E' if typ in 'EG' else 'e'
        tail += '%s%+d' % (echar, exp)
    if typ == '%':
        tail += '%'
    if zeropad and align == '=' and fill == '0':
        min_width = width - len(tail) - len(sign)
    else:
        min_width = 0
    intpart = _group(intpart, sep, min_width)
    return _align(fill, align, width, sign, intpart + tail)


# ---------------------------------------------------------------- context methods

def _unary(core):
    def method(self, a):
        a = _conv_ctx(a)
        return _done(self, core(a, self))
    return method


def _binary(core):
    def method(self, a, b):
        a = _conv_ctx(a)
        b = _conv_ctx(b)
        return _done(self, core(a, b, self))
    return method


def _pred(name, with_ctx=False):
    def method(self, a):
        a = _conv_ctx(a)
        if with_ctx:
            return getattr(a, name)(self)
        return getattr(a, name)()
    return method


def _ctx_abs(a, ctx):
    return a._minus(ctx) if a._sign else a._plus(ctx)


def _ctx_power(self, a, b, modulo=None):
    a = _conv_ctx(a)
    b = _conv_ctx(b)
    if modulo is not None:
        modulo = _conv_ctx(modulo)
        return _done(self, _powmod(a, b, modulo, self))
    return _done(self, _pow(a, b, self))


def _ctx_fma(self, a, b, c):
    a = _conv_ctx(a)
    b = _conv_ctx(b)
    c = _conv_ctx(c)
    return _done(self, _fma(a, b, c, self))


def _ctx_quantize(self, a, b):
    a = _conv_ctx(a)
    b = _conv_ctx(b)
    return _done(self, _quantize(a, b, self._rounding, self))


def _ctx_canonical(self, a):
    if not isinstance(a, Decimal):
        raise TypeError('argument must be a Decimal')
    return a


def _ctx_number_class(self, a):
    return _conv_ctx(a).number_class(self)


def _ctx_to_sci(self, a):
    a = _conv_ctx(a)
    return _to_str(a, False, self._capitals)


def _ctx_to_eng(self, a):
    a = _conv_ctx(a)
    return _to_str(a, True, self._capitals)


def _ctx_same_quantum(self, a, b):
    return _conv_ctx(a).same_quantum(_conv_ctx(b))


def _ctx_compare_total(self, a, b):
    return _conv_ctx(a).compare_total(_conv_ctx(b))


def _ctx_compare_total_mag(self, a, b):
    return _conv_ctx(a).compare_total_mag(_conv_ctx(b))


def _ctx_copy_sign(self, a, b):
    return _conv_ctx(a).copy_sign(_conv_ctx(b))


def _ctx_logical_invert(self, a):
    return _conv_ctx(a).logical_invert(self)


_CTX_METHODS = {
    'abs': _unary(_ctx_abs),
    'add': _binary(_add),
    'subtract': _binary(lambda a, b, c: _add(a, b, c, b._sign ^ 1)),
    'multiply': _binary(_mul),
    'divide': _binary(_div),
    'divide_int': _binary(_divint),
    'divmod': _binary(_divmod),
    'remainder': _binary(_rem),
    'remainder_near': _binary(_rem_near),
    'power': _ctx_power,
    'fma': _ctx_fma,
    'quantize': _ctx_quantize,
    'plus': _unary(lambda a, c: a._plus(c)),
    'minus': _unary(lambda a, c: a._minus(c)),
    'sqrt': _unary(_sqrt),
    'exp': _unary(_exp),
    'ln': _unary(_ln),
    'log10': _unary(_log10),
    'logb': _unary(_logb),
    'scaleb': _binary(_scaleb),
    'normalize': _unary(_normalize),
    'compare': _binary(_compare),
    'compare_signal': _binary(_compare_signal),
    'compare_total': _ctx_compare_total,
    'compare_total_mag': _ctx_compare_total_mag,
    'max': _binary(lambda a, b, c: _minmax(a, b, c, 1, False)),
    'min': _binary(lambda a, b, c: _minmax(a, b, c, -1, False)),
    'max_mag': _binary(lambda a, b, c: _minmax(a, b, c, 1, True)),
    'min_mag': _binary(lambda a, b, c: _minmax(a, b, c, -1, True)),
    'next_plus': _unary(lambda a, c: _next(a, c, 1)),
    'next_minus': _unary(lambda a, c: _next(a, c, -1)),
    'next_toward': _binary(_next_toward),
    'to_integral_value': _unary(lambda a, c: _to_integral(a, c._rounding, c, False)),
    'to_integral': _unary(lambda a, c: _to_integral(a, c._rounding, c, False)),
    'to_integral_exact': _unary(lambda a, c: _to_integral(a, c._rounding, c, True)),
    'rotate': _binary(lambda a, b, c: _shift(a, b, c, True)),
    'shift': _binary(lambda a, b, c: _shift(a, b, c, False)),
    'logical_and': _binary(lambda a, b, c: _logical(a, b, c, 'and')),
    'logical_or': _binary(lambda a, b, c: _logical(a, b, c, 'or')),
    'logical_xor': _binary(lambda a, b, c: _logical(a, b, c, 'xor')),
    'logical_invert': _ctx_logical_invert,
    'canonical': _ctx_canonical,
    'number_class': _ctx_number_class,
    'to_sci_string': _ctx_to_sci,
    'to_eng_string': _ctx_to_eng,
    'same_quantum': _ctx_same_quantum,
    'copy_abs': _unary(lambda a, c: a.copy_abs()),
    'copy_negate': _unary(lambda a, c: a.copy_negate()),
    'copy_sign': _ctx_copy_sign,
    'is_canonical': _pred('is_canonical'),
    'is_finite': _pred('is_finite'),
    'is_infinite': _pred('is_infinite'),
    'is_nan': _pred('is_nan'),
    'is_qnan': _pred('is_qnan'),
    'is_snan': _pred('is_snan'),
    'is_signed': _pred('is_signed'),
    'is_zero': _pred('is_zero'),
    'is_normal': _pred('is_normal', True),
    'is_subnormal': _pred('is_subnormal', True),
}
for _name, _fn in _CTX_METHODS.items():
    _fn.__name__ = _name
    _fn.__qualname__ = 'Context.' + _name
    setattr(Context, _name, _fn)
del _name, _fn
