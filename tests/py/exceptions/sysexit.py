# sys.exit with an int code: status 3, finally blocks run, stdout flushed.
import sys

try:
    print('exiting')
    sys.exit(3)
finally:
    print('finally runs')
