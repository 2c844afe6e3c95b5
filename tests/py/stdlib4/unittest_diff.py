import unittest

t = unittest.TestCase()
t.maxDiff = None
cases = [
    lambda: t.assertEqual([1, 2], [1, 3]),
    lambda: t.assertEqual([1, 2, 3], [1, 2]),
    lambda: t.assertEqual((1, 'a'), (1, 'b', 2)),
    lambda: t.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3}),
    lambda: t.assertEqual({'x': [1, 2], 'y': 'z'}, {'x': [1, 2, 3]}),
    lambda: t.assertEqual('hello world', 'hello there'),
    lambda: t.assertEqual('line one\nline two\nline three\n',
                          'line one\nline 2\nline three\nline four\n'),
    lambda: t.assertEqual('abc', 'xyz'),
    lambda: t.assertEqual(list(range(30)), list(range(1, 31))),
    lambda: t.assertEqual({i: str(i) * 3 for i in range(12)},
                          {i: str(i) * 3 for i in range(1, 13)}),
    lambda: t.assertEqual(['alpha', 'beta', 'gamma'], ['alpha', 'bet', 'gamma', 'delta']),
    lambda: t.assertEqual([[1, 2], [3, 4]], [[1, 2], [3, 5]]),
    lambda: t.assertEqual('\tindented\n', '    indented\n'),
    lambda: t.assertEqual({1, 2, 3}, {2, 3, 4}),
    lambda: t.assertEqual([('k', 1)] * 5, [('k', 1)] * 4 + [('k', 2)]),
]
for c in cases:
    try:
        c()
    except AssertionError as e:
        print(e)
        print('-----')
t.maxDiff = 40
try:
    t.assertEqual(list(range(30)), list(range(1, 31)))
except AssertionError as e:
    print(e)
