# sys.exit(message): the message goes to stderr, the status is 1
import sys

print('start')
try:
    sys.exit()
except SystemExit as e:
    print('code', e.code, e.args)
try:
    sys.exit(0)
except SystemExit as e:
    print('code', e.code)
try:
    sys.exit((1, 2))
except SystemExit as e:
    print('code', e.code, e.args)
sys.stdout.flush()
sys.exit('fatal message')
