"""Functional tools for creating and using iterators (krait).

Every iterator is a small class (so type(x) prints <class
'itertools.name'> and repr(count(5)) is 'count(5)' as in CPython).  The
combinatoric iterators walk index vectors in the standard lexicographic
order, consuming their input eagerly into a tuple at construction, like
CPython.  Lazy consumption (islice skipping, groupby's shared source, tee's
shared buffer) follows CPython's order of next() calls on the source so
side effects are observed identically.
"""

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile',
           'tee', 'zip_longest']


class _GenIter:
    """Base for iterators whose logic is a private generator."""
    __slots__ = ('_gen',)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _is_number(x):
    try:
        x + 0
    except TypeError:
        return False
    return True


class count:
    """Return a count object whose .__next__() method returns consecutive values."""
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        if not (_is_number(start) and _is_number(step)):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if type(step) is int and step == 1:
            return '%s(%r)' % (name, self._n)
        return '%s(%r, %r)' % (name, self._n, step)

    def __reduce__(self):
        return type(self), (self._n, self._step)


class cycle(_GenIter):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for x in it:
            yield x
            saved.append(x)
        if not saved:
            return
        while True:
            for x in saved:
                yield x


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""
    __slots__ = ('_obj', '_times')

    def __init__(self, object, times=None):
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            if times < 0:
                times = 0
        self._obj = object
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        t = self._times
        if t is None:
            return self._obj
        if t <= 0:
            raise StopIteration
        self._times = t - 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return '%s(%r)' % (type(self).__name__, self._obj)
        return '%s(%r, %d)' % (type(self).__name__, self._obj, self._times)


class accumulate(_GenIter):
    """Return series of accumulated sums (or other binary function results)."""
    __slots__ = ()

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, total):
        if total is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        if func is None:
            for x in it:
                total = total + x
                yield total
        else:
            for x in it:
                total = func(total, x)
                yield total


class chain(_GenIter):
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""
    __slots__ = ()

    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(sources):
        for src in sources:
            yield from iter(src)

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._gen = cls._run(iter(iterable))
        return self

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class compress(_GenIter):
    """Return data elements corresponding to true selector elements."""
    __slots__ = ()

    def __init__(self, data, selectors):
        self._gen = self._run(iter(data), iter(selectors))

    @staticmethod
    def _run(data, selectors):
        for d, s in zip(data, selectors):
            if s:
                yield d


class dropwhile(_GenIter):
    """Drop items from the iterable while predicate(item) is true."""
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class takewhile(_GenIter):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    __slots__ = ()

    def __init__(self, predicate, iterable, /):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break


class filterfalse(_GenIter):
    """Return those items of iterable for which function(item) is false."""
    __slots__ = ()

    def __init__(self, function, iterable, /):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        if function is None:
            function = bool
        for x in it:
            if not function(x):
                yield x


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""
    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue',
                 '_grouper', '_has_curr')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._has_curr = False
        self._tgtkey = self._currkey = self._currvalue = None
        self._grouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key
        self._has_curr = True

    def __next__(self):
        self._grouper = None
        # Skip the rest of the current group.
        while True:
            if not self._has_curr:
                self._step()
                break
            if self._tgtkey is _NO_KEY:
                break
            if not self._tgtkey == self._currkey:
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._grouper = grouper
        return (self._currkey, grouper)


_NO_KEY = object()


class _grouper:
    __slots__ = ('_parent', '_tgtkey')

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gbo = self._parent
        if gbo._grouper is not self:
            raise StopIteration
        if not gbo._has_curr:
            gbo._step()
        if not self._tgtkey == gbo._currkey:
            raise StopIteration
        value = gbo._currvalue
        gbo._has_curr = False
        gbo._currvalue = None
        return value


_grouper.__module__ = 'itertools'


def _islice_index(x, msg):
    if x is None:
        return None
    try:
        v = x.__index__() if not isinstance(x, int) else x
    except (AttributeError, TypeError):
        raise ValueError(msg) from None
    if not 0 <= v <= _sys.maxsize:
        raise ValueError(msg)
    return v


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""
    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __init__(self, iterable, *args):
        n = len(args)
        if n == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if n > 3:
            raise TypeError('islice expected at most 4 arguments, got %d' % (n + 1))
        if n == 1:
            start, step = 0, 1
            stop = _islice_index(
                args[0], 'Stop argument for islice() must be None or an '
                'integer: 0 <= x <= sys.maxsize.')
        else:
            start = _islice_index(
                args[0], 'Indices for islice() must be None or an integer: '
                '0 <= x <= sys.maxsize.')
            stop = _islice_index(
                args[1], 'Stop argument for islice() must be None or an '
                'integer: 0 <= x <= sys.maxsize.')
            step = args[2] if n == 3 else None
            if step is not None:
                try:
                    step = step.__index__() if not isinstance(step, int) else step
                except (AttributeError, TypeError):
                    step = -1
                if step <= 0:
                    raise ValueError('Step for islice() must be a positive '
                                     'integer or None.')
            else:
                step = 1
            if start is None:
                start = 0
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop is not None and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class pairwise(_GenIter):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b


class starmap(_GenIter):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    __slots__ = ()

    def __init__(self, function, iterable, /):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        for args in it:
            yield function(*args)


class _tee:
    """Iterator wrapped to make it copyable."""
    __slots__ = ('_it', '_node', '__weakref__')

    # Nodes are 2-lists [value, next]; next is None until the value has
    # been fetched from the shared source.  All copies walk the same chain,
    # so a value is fetched once and freed when every copy has passed it.

    def __iter__(self):
        return self

    def __next__(self):
        node = self._node
        if node[1] is None:
            node[0] = next(self._it)
            node[1] = [None, None]
        self._node = node[1]
        return node[0]

    def __copy__(self):
        t = _tee.__new__(_tee)
        t._it = self._it
        t._node = self._node
        return t


_tee.__module__ = 'itertools'


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee.__new__(_tee)
        first._it = it
        first._node = [None, None]
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest(_GenIter):
    """Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument."""
    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        self._gen = self._run([iter(x) for x in iterables], fillvalue)

    @staticmethod
    def _run(its, fillvalue):
        if not its:
            return
        active = len(its)
        while True:
            values = []
            for i, it in enumerate(its):
                if it is None:
                    values.append(fillvalue)
                    continue
                try:
                    value = next(it)
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    its[i] = None
                    value = fillvalue
                values.append(value)
            yield tuple(values)


class product(_GenIter):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(repeat).__name__)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        if any(len(p) == 0 for p in pools):
            return
        n = len(pools)
        idx = [0] * n
        yield tuple(p[0] for p in pools)
        while True:
            i = n - 1
            while i >= 0:
                idx[i] += 1
                if idx[i] < len(pools[i]):
                    break
                idx[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple(pools[k][idx[k]] for k in range(n))


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')


class permutations(_GenIter):
    """Return successive r-length permutations of elements in the iterable."""
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_GenIter):
    """Return successive r-length combinations of elements in the iterable."""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        idx = list(range(r))
        yield tuple(pool[i] for i in idx)
        while True:
            # Rightmost index that can still move right.
            i = r - 1
            while i >= 0 and idx[i] == i + n - r:
                i -= 1
            if i < 0:
                return
            idx[i] += 1
            for j in range(i + 1, r):
                idx[j] = idx[j - 1] + 1
            yield tuple(pool[k] for k in idx)


class combinations_with_replacement(_GenIter):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        idx = [0] * r
        yield tuple(pool[i] for i in idx)
        while True:
            i = r - 1
            while i >= 0 and idx[i] == n - 1:
                i -= 1
            if i < 0:
                return
            v = idx[i] + 1
            for j in range(i, r):
                idx[j] = v
            yield tuple(pool[k] for k in idx)


for _cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile,
             takewhile, filterfalse, groupby, islice, pairwise, starmap,
             zip_longest, product, permutations, combinations,
             combinations_with_replacement, _GenIter):
    _cls.__module__ = 'itertools'
del _cls

# The C implementations (runtime/modules/itertools.c) replace the Python
# definitions above, which remain as the fallback and as documentation.
try:
    from _itertools import (count, cycle, repeat, accumulate, chain, compress,
                            dropwhile, takewhile, filterfalse, groupby, islice,
                            pairwise, starmap, zip_longest, product,
                            permutations, combinations,
                            combinations_with_replacement, tee, _tee, _grouper)
except ImportError:
    pass
