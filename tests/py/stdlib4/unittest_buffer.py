import io
import sys
import unittest


class B(unittest.TestCase):
    def test_quiet_pass(self):
        print('hidden because the test passes')

    def test_noisy_fail(self):
        print('shown because the test fails')
        sys.stderr.write('to stderr')
        self.assertEqual(1, 2)

    def test_error(self):
        print('error output')
        raise ValueError('bad')


stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(B)
result = unittest.TextTestRunner(stream=stream, buffer=True).run(suite)
print('failures', len(result.failures), 'errors', len(result.errors))
print(result.failures[0][1].split('AssertionError: 1 != 2')[1])
print(sys.stdout is sys.__stdout__)
prog = unittest.main(argv=['prog', '-b'], exit=False)
print('done', prog.result.testsRun)
