import io
import unittest
import warnings


def run(*classes, verbosity=2, **kw):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for c in classes:
        suite.addTests(loader.loadTestsFromTestCase(c))
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity,
                                     **kw).run(suite)
    for line in stream.getvalue().splitlines():
        s = line.strip()
        if line.startswith('Ran ') or line.startswith('  File') or \
                line.startswith('    ') or (s and set(s) <= set('^~')):
            continue
        print(line)
    return result


class SetupFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError('class setup broken')

    def test_never(self):
        print('never')


class Cleanups(unittest.TestCase):
    def setUp(self):
        self.addCleanup(print, 'cleanup 1')
        self.addCleanup(print, 'cleanup 2')

    def test_one(self):
        print('test_one body')

    def test_setup_error(self):
        raise unittest.SkipTest('skipped from body')


class SetUpError(unittest.TestCase):
    def setUp(self):
        raise KeyError('in setUp')

    def tearDown(self):
        print('tearDown must not run')

    def test_x(self):
        print('never')


class Warn(unittest.TestCase):
    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            warnings.warn('old', DeprecationWarning)
        print('warning:', cm.warning)
        with self.assertWarnsRegex(UserWarning, 'ab+c'):
            warnings.warn('xabbcx')

    def test_warns_missing(self):
        with self.assertWarns(UserWarning):
            pass

    def test_unexpected_success(self):
        pass
    test_unexpected_success = unittest.expectedFailure(test_unexpected_success)


@unittest.skipIf(True, 'class skipped')
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass


class Sub(unittest.TestCase):
    def test_sub(self):
        """Subtests with a docstring."""
        for i in range(3):
            with self.subTest('msg', i=i):
                self.assertLess(i, 1)
        with self.subTest():
            raise TypeError('err in subtest')


class Fast(unittest.TestCase):
    def test_1(self):
        self.fail('first')

    def test_2(self):
        print('not run with failfast')


r = run(SetupFails, Cleanups, SetUpError)
print(r.testsRun, len(r.errors), len(r.skipped), r.wasSuccessful())
print([str(t) for t, _ in r.errors])
r = run(Warn, SkippedClass)
print(r.testsRun, len(r.failures), len(r.unexpectedSuccesses), len(r.skipped))
r = run(Sub)
print(r.testsRun, len(r.failures), len(r.errors))
r = run(Sub, verbosity=1)
r = run(Fast, failfast=True)
print(r.testsRun, r.shouldStop)
r = run(Fast, verbosity=0)


def plain():
    print('function test ran')


ft = unittest.FunctionTestCase(plain, description='a plain function')
res = unittest.TestResult()
ft.run(res)
print(res, res.wasSuccessful(), ft.shortDescription(), str(ft))
suite = unittest.TestSuite([Fast('test_2'), ft])
print(suite.countTestCases(), [t.id() for t in suite])
loader = unittest.TestLoader()
loader.testMethodPrefix = 'test_'
print(loader.getTestCaseNames(Fast))
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Fast))
names = loader.loadTestsFromNames(['Fast.test_1', 'Warn'], __import__('__main__'))
print(names.countTestCases())
print(Fast('test_1') == Fast('test_1'), Fast('test_1') != Fast('test_2'))
try:
    Fast('nope')
except ValueError as e:
    print('ValueError:', e)
tc = unittest.TestCase()
tc.longMessage = False
try:
    tc.assertEqual(1, 2, 'only this')
except AssertionError as e:
    print(e)
try:
    tc.assertEqual('x' * 100, 'x' * 99 + 'y')
except AssertionError as e:
    print(str(e).splitlines()[0])
tc.longMessage = True
try:
    tc.assertCountEqual('abc', 'abd')
except AssertionError as e:
    print(e)
try:
    tc.assertTupleEqual((1, 2), (1, 2, 3))
except AssertionError as e:
    print(str(e).split('\n\n')[0])
try:
    tc.assertListEqual([1, 2, 3], [1, 5, 3])
except AssertionError as e:
    print(str(e).split('\n\n')[0])
try:
    tc.assertDictEqual({'a': 1}, {'a': 2})
except AssertionError as e:
    print(str(e).split('\n')[0])
try:
    tc.assertIsInstance([], (int, str))
except AssertionError as e:
    print(e)
try:
    tc.assertEqual(list(range(40)), list(range(39)) + [99])
except AssertionError as e:
    print(str(e).split('\n')[0])
try:
    tc.assertEqual('a' * 50 + 'b' * 100, 'a' * 50 + 'c' * 100)
except AssertionError as e:
    print(str(e).split('\n')[0])
