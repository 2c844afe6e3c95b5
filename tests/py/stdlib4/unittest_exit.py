import unittest
import sys


class T(unittest.TestCase):
    def test_a(self):
        self.assertEqual(2, 2)

    def test_b(self):
        self.assertIn('a', 'abc')


prog = unittest.main(exit=False, verbosity=0)
print('successful:', prog.result.wasSuccessful(), prog.result.testsRun)
try:
    unittest.main(argv=['prog', 'T.test_a'])
except SystemExit as e:
    print('exit code', e.code)
try:
    unittest.main(argv=['prog', '-k', 'test_b', '-v'])
except SystemExit as e:
    print('exit code', e.code)


class U(unittest.TestCase):
    def test_fails(self):
        self.fail('boom')

    def test_ok_one(self):
        pass


try:
    unittest.main(argv=['prog', '-k', '*_ok_*', '-q'])
except SystemExit as e:
    print('exit code', e.code)
prog = unittest.main(argv=['prog', 'U'], exit=False)
print(prog.result.testsRun, len(prog.result.failures))
