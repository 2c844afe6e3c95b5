"""Module docstring.

>>> 2 + 2
4
"""
import doctest

def factorial(n):
    """Return n!.

    >>> [factorial(n) for n in range(6)]
    [1, 1, 2, 6, 24, 120]
    >>> factorial(30)
    265252859812191058636308480000000
    >>> factorial(-1)
    Traceback (most recent call last):
        ...
    ValueError: n must be >= 0
    >>> factorial(1e100)   # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    OverflowError: something else
    """
    import math
    if not n >= 0:
        raise ValueError("n must be >= 0")
    if math.floor(n) != n:
        raise ValueError("n must be exact integer")
    if n+1 == n:
        raise OverflowError("n too large")
    result = 1
    factor = 2
    while factor <= n:
        result *= factor
        factor += 1
    return result

class Stack:
    """
    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s
    Stack([1, 2])
    >>> s.pop()
    2
    """
    def __init__(self): self.items = []
    def push(self, x): self.items.append(x)
    def pop(self):
        """
        >>> Stack().pop()
        Traceback (most recent call last):
        IndexError: pop from empty list
        """
        return self.items.pop()
    def __repr__(self): return f"Stack({self.items})"
    class Inner:
        """>>> print('inner')
        inner
        """

def wrong():
    """
    >>> wrong()
    'right'
    >>> print("a   b")    # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> print(list(range(30)))   # doctest: +ELLIPSIS
    [0, 1, ..., 29]
    >>> 'x'    # doctest: +SKIP
    'y'
    >>> print("line1\\n\\nline3")
    line1
    line3
    """
    return 'wrong'

__test__ = {"extra": """
>>> 1 + 1
2
"""}

if __name__ == "__main__":
    r = doctest.testmod()
    print(r, r.failed, r.attempted)
    r = doctest.testmod(verbose=True)
    doctest.run_docstring_examples(wrong, globals(), name="wrong_fn")
    def g():
        """
        >>> x = 5
        >>> x * 2
        10
        """
    doctest.run_docstring_examples(g, {}, verbose=True)
    print(doctest.DocTestParser().get_examples(">>> 1\n1\n")[0].want)
    print(doctest.testmod(optionflags=doctest.ELLIPSIS).failed)
