import logging
import unittest


class T(unittest.TestCase):
    def test_logs(self):
        with self.assertLogs('foo', level='INFO') as cm:
            logging.getLogger('foo').info('first message')
            logging.getLogger('foo.bar').error('second message')
            logging.getLogger('foo').debug('ignored')
        print(cm.output)
        print([r.getMessage() for r in cm.records])

    def test_root(self):
        with self.assertLogs() as cm:
            logging.warning('root %d', 5)
        print(cm.output)

    def test_nologs(self):
        with self.assertNoLogs('quiet'):
            logging.getLogger('quiet').debug('debug is below INFO')

    def test_fail_missing(self):
        try:
            with self.assertLogs('silent', logging.WARNING):
                logging.getLogger('silent').info('too low')
        except AssertionError as e:
            print('AssertionError:', e)

    def test_fail_unexpected(self):
        try:
            with self.assertNoLogs('noisy'):
                logging.getLogger('noisy').warning('oops')
        except AssertionError as e:
            print('AssertionError:', e)


unittest.main(verbosity=0, exit=False)
print(logging.getLogger('foo').handlers, logging.getLogger('foo').propagate)
