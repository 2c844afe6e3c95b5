"""Name translation between Python 2 and Python 3 for pickle.

Pickles of protocol 0-2 are meant to stay loadable by Python 2, so when
fix_imports is true the pickler writes the Python 2 spelling of a global
(``__builtin__.unicode`` for ``builtins.str``) and the unpickler maps Python 2
spellings back.  The tables are built here from short lists rather than
spelled out pair by pair: the forward tables (Python 2 -> 3) are the source
of truth and the reverse tables are derived, then patched where one Python 3
name has several Python 2 ancestors.
"""

# Whole-module renames, Python 2 name -> Python 3 name.
IMPORT_MAPPING = {
    '__builtin__': 'builtins',
    'copy_reg': 'copyreg',
    'Queue': 'queue',
    'SocketServer': 'socketserver',
    'ConfigParser': 'configparser',
    'repr': 'reprlib',
    'tkFileDialog': 'tkinter.filedialog',
    'tkSimpleDialog': 'tkinter.simpledialog',
    'tkColorChooser': 'tkinter.colorchooser',
    'tkCommonDialog': 'tkinter.commondialog',
    'Dialog': 'tkinter.dialog',
    'Tkdnd': 'tkinter.dnd',
    'tkFont': 'tkinter.font',
    'tkMessageBox': 'tkinter.messagebox',
    'ScrolledText': 'tkinter.scrolledtext',
    'Tkconstants': 'tkinter.constants',
    'Tix': 'tkinter.tix',
    'ttk': 'tkinter.ttk',
    'Tkinter': 'tkinter',
    'markupbase': '_markupbase',
    '_winreg': 'winreg',
    'thread': '_thread',
    'dummy_thread': '_dummy_thread',
    'dbhash': 'dbm.bsd',
    'dumbdbm': 'dbm.dumb',
    'dbm': 'dbm.ndbm',
    'gdbm': 'dbm.gnu',
    'xmlrpclib': 'xmlrpc.client',
    'SimpleXMLRPCServer': 'xmlrpc.server',
    'httplib': 'http.client',
    'htmlentitydefs': 'html.entities',
    'HTMLParser': 'html.parser',
    'Cookie': 'http.cookies',
    'cookielib': 'http.cookiejar',
    'BaseHTTPServer': 'http.server',
    'test.test_support': 'test.support',
    'commands': 'subprocess',
    'urlparse': 'urllib.parse',
    'robotparser': 'urllib.robotparser',
    'urllib2': 'urllib.request',
    'anydbm': 'dbm',
    '_abcoll': 'collections.abc',
}

# Python 2 modules whose contents moved into one Python 3 module.
_MERGED_MODULES = {
    'cPickle': 'pickle',
    '_elementtree': 'xml.etree.ElementTree',
    'FileDialog': 'tkinter.filedialog',
    'SimpleDialog': 'tkinter.simpledialog',
    'DocXMLRPCServer': 'xmlrpc.server',
    'SimpleHTTPServer': 'http.server',
    'CGIHTTPServer': 'http.server',
    'UserDict': 'collections',
    'UserList': 'collections',
    'UserString': 'collections',
    'whichdb': 'dbm',
    'StringIO': 'io',
    'cStringIO': 'io',
}

REVERSE_IMPORT_MAPPING = {v: k for k, v in IMPORT_MAPPING.items()}
IMPORT_MAPPING.update(_MERGED_MODULES)

# (module, name) pairs, Python 2 -> Python 3.
NAME_MAPPING = {
    ('__builtin__', 'xrange'): ('builtins', 'range'),
    ('__builtin__', 'reduce'): ('functools', 'reduce'),
    ('__builtin__', 'intern'): ('sys', 'intern'),
    ('__builtin__', 'unichr'): ('builtins', 'chr'),
    ('__builtin__', 'unicode'): ('builtins', 'str'),
    ('__builtin__', 'long'): ('builtins', 'int'),
    ('itertools', 'izip'): ('builtins', 'zip'),
    ('itertools', 'imap'): ('builtins', 'map'),
    ('itertools', 'ifilter'): ('builtins', 'filter'),
    ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
    ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
    ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
    ('UserList', 'UserList'): ('collections', 'UserList'),
    ('UserString', 'UserString'): ('collections', 'UserString'),
    ('whichdb', 'whichdb'): ('dbm', 'whichdb'),
    ('_socket', 'fromfd'): ('socket', 'fromfd'),
    ('_multiprocessing', 'Connection'):
        ('multiprocessing.connection', 'Connection'),
    ('multiprocessing.process', 'Process'):
        ('multiprocessing.context', 'Process'),
    ('multiprocessing.forking', 'Popen'):
        ('multiprocessing.popen_fork', 'Popen'),
    ('urllib2', 'HTTPError'): ('urllib.error', 'HTTPError'),
    ('urllib2', 'URLError'): ('urllib.error', 'URLError'),
}
for _name in ('ContentTooShortError',):
    NAME_MAPPING[('urllib', _name)] = ('urllib.error', _name)
for _name in ('getproxies', 'pathname2url', 'urlcleanup', 'urlopen',
              'urlretrieve', 'url2pathname'):
    NAME_MAPPING[('urllib', _name)] = ('urllib.request', _name)
for _name in ('quote', 'quote_plus', 'unquote', 'unquote_plus', 'urlencode'):
    NAME_MAPPING[('urllib', _name)] = ('urllib.parse', _name)

# Exceptions lived in their own module in Python 2.
PYTHON2_EXCEPTIONS = (
    'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException',
    'BufferError', 'BytesWarning', 'DeprecationWarning', 'EOFError',
    'EnvironmentError', 'Exception', 'FloatingPointError', 'FutureWarning',
    'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning',
    'IndentationError', 'IndexError', 'KeyError', 'KeyboardInterrupt',
    'LookupError', 'MemoryError', 'NameError', 'NotImplementedError',
    'OSError', 'OverflowError', 'PendingDeprecationWarning', 'ReferenceError',
    'RuntimeError', 'RuntimeWarning', 'StopIteration', 'SyntaxError',
    'SyntaxWarning', 'SystemError', 'SystemExit', 'TabError', 'TypeError',
    'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError',
    'UnicodeError', 'UnicodeTranslateError', 'UnicodeWarning', 'UserWarning',
    'ValueError', 'Warning', 'ZeroDivisionError',
)
for _name in PYTHON2_EXCEPTIONS:
    NAME_MAPPING[('exceptions', _name)] = ('builtins', _name)
NAME_MAPPING[('exceptions', 'StandardError')] = ('builtins', 'Exception')
NAME_MAPPING[('exceptions', 'WindowsError')] = ('builtins', 'OSError')

REVERSE_NAME_MAPPING = {v: k for k, v in NAME_MAPPING.items()}
# Several Python 2 names collapse onto one Python 3 name; prefer the
# spelling that round-trips.
REVERSE_NAME_MAPPING[('builtins', 'Exception')] = ('exceptions', 'Exception')
REVERSE_NAME_MAPPING[('builtins', 'OSError')] = ('exceptions', 'OSError')

# Exceptions that only exist in Python 3 and degrade to a Python 2 ancestor.
PYTHON3_OSERROR_EXCEPTIONS = (
    'BrokenPipeError', 'ChildProcessError', 'ConnectionAbortedError',
    'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError',
    'FileExistsError', 'FileNotFoundError', 'InterruptedError',
    'IsADirectoryError', 'NotADirectoryError', 'PermissionError',
    'ProcessLookupError', 'TimeoutError',
)
for _name in PYTHON3_OSERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'OSError')
REVERSE_NAME_MAPPING[('builtins', 'ModuleNotFoundError')] = (
    'exceptions', 'ImportError')
del _name
