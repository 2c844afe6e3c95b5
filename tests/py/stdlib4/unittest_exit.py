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
