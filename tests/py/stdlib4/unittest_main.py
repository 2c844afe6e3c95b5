import unittest


def setUpModule():
    print('setUpModule')


def tearDownModule():
    print('tearDownModule')


class A(unittest.TestCase):
    def test_ok(self):
        print('A.test_ok')

    def test_fail(self):
        """Docstring line."""
        print('A.test_fail')
        self.assertEqual([1, 2], [1, 3])

    def helper(self):
        print('never')


@unittest.skip('whole class')
class B(unittest.TestCase):
    def test_a(self):
        print('never')


class C(unittest.TestCase):
    @unittest.skipIf(True, 'cond')
    def test_if(self):
        print('never')

    @unittest.skipUnless(True, 'cond')
    def test_unless(self):
        print('C.test_unless')

    def test_err(self):
        print('C.test_err')
        {}['k']

    def test_skiptest(self):
        self.skipTest('inside')


if __name__ == '__main__':
    unittest.main()
