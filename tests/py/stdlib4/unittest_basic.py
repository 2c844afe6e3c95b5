import io
import sys
import unittest

log = []


class Basic(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_equal(self):
        self.assertEqual(1 + 1, 2)
        self.assertNotEqual(1, 2)
        self.assertTrue([1])
        self.assertFalse('')
        self.assertIs(None, None)
        self.assertIsNot(1, None)
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIn(1, [1, 2])
        self.assertNotIn(3, [1, 2])
        self.assertIsInstance(1, int)
        self.assertNotIsInstance(1, str)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertGreater(2, 1)
        self.assertGreaterEqual(2, 2)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertDictEqual({'a': 1}, {'a': 1})
        self.assertListEqual([1], [1])
        self.assertTupleEqual((1,), (1,))
        self.assertSetEqual({1, 2}, {2, 1})
        self.assertMultiLineEqual('a\nb', 'a\nb')
        self.assertRegex('hello world', r'w\w+')
        self.assertNotRegex('hello', r'\d')

    def test_raises(self):
        with self.assertRaises(ValueError) as cm:
            int('x')
        print('exception:', type(cm.exception).__name__, cm.exception)
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
        with self.assertRaisesRegex(KeyError, 'miss'):
            {}['missing']

    def test_fail(self):
        self.assertEqual(1, 2)

    def test_error(self):
        raise RuntimeError('boom')

    @unittest.skip('not now')
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 0)

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)


def messages():
    t = unittest.TestCase()
    checks = [
        lambda: t.assertEqual(1, 2),
        lambda: t.assertEqual('a', 'b'),
        lambda: t.assertEqual(1, 2, 'custom'),
        lambda: t.assertTrue(0),
        lambda: t.assertFalse(1),
        lambda: t.assertIs(1, None),
        lambda: t.assertIsNot(None, None),
        lambda: t.assertIsNone(5),
        lambda: t.assertIsNotNone(None),
        lambda: t.assertIn(3, [1, 2]),
        lambda: t.assertNotIn(1, [1, 2]),
        lambda: t.assertIsInstance(1, str),
        lambda: t.assertNotIsInstance(1, int),
        lambda: t.assertAlmostEqual(1.0, 1.1),
        lambda: t.assertAlmostEqual(1.0, 1.5, delta=0.1),
        lambda: t.assertNotAlmostEqual(1.0, 1.0),
        lambda: t.assertGreater(1, 2),
        lambda: t.assertGreaterEqual(1, 2),
        lambda: t.assertLess(2, 1),
        lambda: t.assertLessEqual(2, 1),
        lambda: t.assertRegex('abc', r'\d'),
        lambda: t.assertNotRegex('a1c', r'\d'),
        lambda: t.assertCountEqual([1, 2, 2], [1, 1, 2]),
        lambda: t.assertSetEqual({1, 2}, {2, 3}),
        lambda: t.assertRaises(ValueError, lambda: None),
        lambda: t.assertRaisesRegex(ValueError, 'abc', int, 'x'),
        lambda: t.fail('explicit'),
        lambda: t.assertEqual(None, 0),
        lambda: t.assertNotEqual(3, 3),
    ]
    for c in checks:
        try:
            c()
        except AssertionError as e:
            print('AssertionError:', e)
        else:
            print('no error')
    try:
        with t.assertRaises(TypeError):
            pass
    except AssertionError as e:
        print('ctx:', e)


messages()

stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(Basic)
print(suite.countTestCases())
print(unittest.TestLoader().getTestCaseNames(Basic))
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(result.testsRun, len(result.failures), len(result.errors),
      len(result.skipped), len(result.expectedFailures),
      result.wasSuccessful())
print(result.skipped[0][1])
for test, tb in result.failures + result.errors:
    print(test, '|', tb.strip().splitlines()[-1])
for line in log:
    print(line)
out = stream.getvalue()
lines = [l for l in out.splitlines() if not l.startswith('Ran ')]
for l in lines:
    if l.startswith('  File') or l.startswith('    ') or l.strip().startswith('^'):
        continue
    print(l)
print(repr(Basic('test_fail')), Basic('test_fail').id())
