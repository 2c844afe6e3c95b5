# Replacing sys.stdout by a TextIOWrapper over sys.stdout.buffer.
import sys, io
print('before')
sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', line_buffering=True)
print('via wrapper', '\u20ac')
sys.stdout.write('direct\n')
print(sys.stdout.encoding, sys.stdout.line_buffering)
sys.stderr.write('err\n')
