import logging
import os
import sys
import time

fn = 'logging_file_tmp.log'
if os.path.exists(fn):
    os.remove(fn)
logging.basicConfig(filename=fn, filemode='w', level=logging.INFO,
                    format='%(levelname)s %(name)s %(message)s')
log = logging.getLogger('file')
log.info('to the file')
log.debug('not written')
log.warning('number %d', 42)
h = logging.root.handlers[0]
print(type(h).__name__, h.baseFilename == os.path.abspath(fn), h.mode)
logging.shutdown()
with open(fn) as f:
    print(f.read(), end='')
os.remove(fn)

fmt = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y/%m/%d %H:%M')
fmt.converter = time.gmtime
rec = logging.makeLogRecord({'msg': 'at epoch', 'created': 86400.25,
                             'msecs': 250.0})
print(fmt.format(rec))
fmt2 = logging.Formatter('%(asctime)s|%(message)s')
fmt2.converter = time.gmtime
print(fmt2.format(rec))
print(fmt2.usesTime(), logging.Formatter('%(message)s').usesTime())
try:
    logging.basicConfig(stream=sys.stdout, filename='x', force=True)
except ValueError as e:
    print('ValueError:', e)
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print('ValueError:', e)
try:
    logging.getLogger('a').setLevel('NOPE')
except ValueError as e:
    print('ValueError:', e)
logging.getLogger('a').setLevel('DEBUG')
print(logging.getLogger('a').level)
print(repr(logging.StreamHandler(sys.stdout)))
