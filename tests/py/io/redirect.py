# os.environ is a MutableMapping; contextlib redirects into StringIO.
import os, io, contextlib
from collections.abc import MutableMapping, Mapping
print(isinstance(os.environ, MutableMapping), isinstance(os.environ, Mapping))
os.environ['KR_X'] = '1'
print(os.environ.get('KR_X'), 'KR_X' in os.environ.keys(), dict(os.environ)['KR_X'])
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('hidden')
    print('also', end='')
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    import sys
    print('to err', file=sys.stderr)
print(repr(err.getvalue()))
