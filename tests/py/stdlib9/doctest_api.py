import doctest, unittest
def sq(x):
    """
    >>> sq(3)
    9
    >>> sq(-2)
    4
    """
    return x * x
def bad(x):
    """
    >>> bad(1)
    2
    """
    return 3
print(doctest.DocTestFinder().find(sq))
print([t.name for t in doctest.DocTestFinder().find(__import__(__name__))])
ex = doctest.DocTestParser().get_examples(">>> print('a')  # doctest: +ELLIPSIS\na\n>>> x = 1\n>>> raise KeyError(1)\nTraceback (most recent call last):\nKeyError: 1\n")
for e in ex: print(repr(e.source), repr(e.want), repr(e.exc_msg), e.lineno, e.options)
print(doctest.OutputChecker().check_output("a...z\n", "abcz\n", doctest.ELLIPSIS))
print(doctest.script_from_examples("Some text\n>>> x = 1\n>>> x\n1\nmore\n"))
print(doctest.TestResults(1, 2))
