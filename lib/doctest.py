"""doctest -- run the interactive examples found in docstrings.

The pipeline has three parts, as in CPython:

  * the finder walks a module (its functions, classes, their methods,
    properties, static/class methods and nested classes, plus the
    module's __test__ dict) and makes one DocTest per object, named by
    its dotted path and carrying the line where its docstring starts;
  * the parser splits a docstring into Examples: a '>>> ' line and its
    '... ' continuations form the source, the following non-blank lines
    that do not start a new example form the expected output, and a
    trailing '# doctest: +FLAG' comment sets per-example options;
  * the runner executes each example with compile(..., 'single') in a
    copy of the module globals with stdout redirected, compares the
    captured text with the expectation under the option flags, and
    prints CPython's report format (dividers, 'Failed example:',
    'Expected:'/'Got:', the verbose 'Trying:' trace and the summary).

Reports are meant to be byte-identical to CPython's for passing and
failing output comparisons.  A traceback printed for an unexpected
exception names this file's frame instead of CPython's doctest.py, so that
one report necessarily differs.
"""

import __future__
import inspect
import re
import sys
import traceback
from collections import namedtuple
from io import StringIO

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples', 'TestResults',
    'DocTestSuite', 'DocFileSuite', 'script_from_examples',
]

TestResults = namedtuple('TestResults', 'failed attempted')

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE | ELLIPSIS | SKIP |
                    IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'

DIVIDER = '*' * 70


def _indent(s, indent=4):
    """Prefix every non-empty line of s with indent spaces."""
    pad = ' ' * indent
    return ''.join(pad + line if line.strip('\n') else line
                   for line in s.splitlines(True))


def _exception_text(exc_info):
    out = StringIO()
    traceback.print_exception(exc_info[0], exc_info[1], exc_info[2], file=out)
    return out.getvalue()


class _Capture(StringIO):
    """Stands in for sys.stdout while an example runs."""

    def getvalue(self):
        text = StringIO.getvalue(self)
        if text and not text.endswith('\n'):
            text += '\n'
        return text

    def truncate(self, size=None):
        self.seek(size or 0)
        StringIO.truncate(self)


# ---- examples and tests ----------------------------------------------------

class Example:
    """One '>>>' example: its source, expected output, expected exception
    message (or None), line offset inside the docstring, indentation and
    option overrides."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return ((self.source, self.want, self.lineno, self.indent,
                 self.options, self.exc_msg) ==
                (other.source, other.want, other.lineno, other.indent,
                 other.options, other.exc_msg))

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent,
                     self.exc_msg))


class DocTest:
    """The examples of one docstring plus where they came from."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        n = len(self.examples)
        if n == 0:
            what = 'no examples'
        elif n == 1:
            what = '1 example'
        else:
            what = '%d examples' % n
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name,
                                            self.filename, self.lineno, what)

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return ((self.name, self.filename, self.lineno, id(self)) <
                (other.name, other.filename, other.lineno, id(other)))


# ---- parser ----------------------------------------------------------------

_PROMPT = re.compile(r'^( *)>>>( |$)')
_OPTION_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)
_TRACEBACK_HEAD = re.compile(r'Traceback \((?:most recent call last|innermost last)\):\s*$')


class DocTestParser:
    """Splits a docstring into text and Example objects."""

    def parse(self, string, name='<string>'):
        string = string.expandtabs()
        lines = string.split('\n')
        margin = self._margin(lines)
        if margin > 0:
            lines = [l[margin:] for l in lines]
        out = []
        text = []
        i = 0
        n = len(lines)
        while i < n:
            m = _PROMPT.match(lines[i])
            if not m:
                text.append(lines[i])
                i += 1
                continue
            out.append('\n'.join(text) + ('\n' if text else ''))
            text = []
            start = i
            indent = len(m.group(1))
            src = [lines[i]]
            i += 1
            while i < n and re.match(r' *\.\.\.', lines[i]) and \
                    len(lines[i]) - len(lines[i].lstrip(' ')) == indent:
                src.append(lines[i])
                i += 1
            want = []
            while i < n and lines[i].strip() and not _PROMPT.match(lines[i]) \
                    and not lines[i].lstrip(' ').startswith('>>>'):
                want.append(lines[i])
                i += 1
            out.append(self._example(src, want, indent, start, name))
        out.append('\n'.join(text))
        return out

    def _margin(self, lines):
        widths = [len(l) - len(l.lstrip(' ')) for l in lines if l.strip()]
        return min(widths) if widths else 0

    def _example(self, src, want, indent, lineno, name):
        body = []
        for k, line in enumerate(src):
            tail = line[indent + 3:]
            if tail and tail[0] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank '
                                 'after %s: %r' % (lineno + k + 1, name,
                                                   line[indent:indent + 3], line))
            body.append(tail[1:])
        source = '\n'.join(body)
        wlines = []
        for k, line in enumerate(want):
            if line[:indent].strip():
                raise ValueError('line %r of the docstring for %s has '
                                 'inconsistent leading whitespace: %r'
                                 % (lineno + len(src) + k + 1, name, line))
            wlines.append(line[indent:])
        want_text = '\n'.join(wlines)
        if wlines:
            want_text += '\n'
        exc_msg = None
        if wlines and _TRACEBACK_HEAD.match(wlines[0]):
            k = 1
            while k < len(wlines) and (wlines[k][:1] in (' ', '\t') or
                                       not wlines[k].strip()):
                k += 1
            exc_msg = '\n'.join(wlines[k:]) + '\n'
        options = self._options(source, name, lineno)
        return Example(source, want_text, exc_msg, lineno, indent, options)

    def _options(self, source, name, lineno):
        options = {}
        for m in _OPTION_DIRECTIVE.finditer(source):
            for word in m.group(1).replace(',', ' ').split():
                if word[:1] not in '+-' or word[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an '
                                     'invalid option: %r'
                                     % (lineno + 1, name, word))
                options[OPTIONFLAGS_BY_NAME[word[1:]]] = word[0] == '+'
        if options and source.strip().startswith('#') and \
                '\n' not in source.strip():
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r'
                             % (lineno, name, source))
        return options

    def get_examples(self, string, name='<string>'):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name,
                       filename, lineno, string)


# ---- finder ----------------------------------------------------------------

class DocTestFinder:
    """Collects the DocTests of an object and, recursively, its contents."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError('DocTestFinder.find: name must be given '
                                 'when obj.__name__ doesn\'t exist: %r'
                                 % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        try:
            filename = inspect.getsourcefile(obj) or inspect.getfile(obj)
        except TypeError:
            filename = None
        if filename is None and module is not None:
            filename = getattr(module, '__file__', None)
        lines = None
        if filename:
            try:
                with open(filename, encoding='utf-8') as f:
                    lines = f.read().splitlines(True)
            except (OSError, UnicodeDecodeError):
                lines = None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._walk(tests, obj, name, module, lines, globs, {}, filename)
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        if inspect.getmodule(obj) is not None:
            return module is inspect.getmodule(obj)
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.isclass(obj):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        if hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        raise ValueError('object must be a class or function')

    def _walk(self, tests, obj, name, module, lines, globs, seen, filename):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, lines, filename)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if inspect.ismodule(obj):
            for vname, val in list(obj.__dict__.items()):
                target = inspect.unwrap(val) if callable(val) else val
                if (inspect.isroutine(target) or inspect.isclass(val)) and \
                        self._from_module(module, val):
                    self._walk(tests, val, '%s.%s' % (name, vname), module,
                               lines, globs, seen, filename)
            for vname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(vname, str):
                    raise ValueError('DocTestFinder.find: __test__ keys must '
                                     'be strings: %r' % (type(vname),))
                if not (inspect.isroutine(val) or inspect.isclass(val) or
                        inspect.ismodule(val) or isinstance(val, str)):
                    raise ValueError('DocTestFinder.find: __test__ values '
                                     'must be strings, functions, methods, '
                                     'classes, or modules: %r' % (type(val),))
                self._walk(tests, val, '%s.__test__.%s' % (name, vname),
                           module, lines, globs, seen, filename)
        if inspect.isclass(obj):
            for vname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if (inspect.isroutine(val) or inspect.isclass(val) or
                        isinstance(val, property)) and \
                        self._from_module(module, val):
                    self._walk(tests, val, '%s.%s' % (name, vname), module,
                               lines, globs, seen, filename)

    def _get_test(self, obj, name, module, globs, lines, filename):
        if isinstance(obj, str):
            doc = obj
        else:
            try:
                doc = obj.__doc__
                if doc is None:
                    doc = ''
                elif not isinstance(doc, str):
                    doc = str(doc)
            except (TypeError, AttributeError):
                doc = ''
        lineno = self._lineno(obj, lines)
        if self._exclude_empty and not doc:
            return None
        if module is None:
            fname = None
        else:
            fname = getattr(module, '__file__', None) or module.__name__
            if fname.endswith('.pyc'):
                fname = fname[:-1]
        return self._parser.get_doctest(doc, globs, name, fname, lineno)

    def _lineno(self, obj, lines):
        lineno = None
        doc = getattr(obj, '__doc__', None)
        if inspect.ismodule(obj) and doc is not None:
            lineno = 0
        if inspect.isclass(obj) and doc is not None:
            if lines is None:
                return None
            pat = re.compile(r'^\s*class\s*%s\b' % getattr(obj, '__qualname__', '-').split('.')[-1])
            for i, line in enumerate(lines):
                if pat.match(line):
                    lineno = i
                    break
        if inspect.ismethod(obj):
            obj = obj.__func__
        if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
            obj = obj.__code__
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            lineno = obj.co_firstlineno - 1
        if lineno is not None:
            if lines is None:
                return lineno + 1
            pat = re.compile(r'(^|.*:)\s*\w*("|\')')
            for i in range(lineno, len(lines)):
                if pat.match(lines[i]):
                    return i
        return None


# ---- output checking -------------------------------------------------------

class OutputChecker:
    """Decides whether actual output matches the expected output."""

    def _to_str(self, s):
        return s if isinstance(s, str) else str(s, 'ASCII', 'backslashreplace')

    def check_output(self, want, got, optionflags):
        want = self._to_str(want)
        got = self._to_str(got)
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub(r'(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            import difflib
            wl = want.splitlines(True)
            gl = got.splitlines(True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(wl, gl, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(wl, gl, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(engine.compare(wl, gl))
                kind = 'ndiff with -expected +actual'
            diff = [line.rstrip() + '\n' for line in diff]
            return 'Differences (%s):\n' % kind + _indent(''.join(diff))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    if not got.startswith(first):
        return False
    lo = len(first)
    hi = len(got)
    if last:
        if not got.endswith(last):
            return False
        hi -= len(last)
    if lo > hi:
        return False
    for piece in pieces[1:-1]:
        at = got.find(piece, lo, hi)
        if at < 0:
            return False
        lo = at + len(piece)
    return True


def _strip_exception_details(msg):
    # 'pkg.mod.Error: detail' -> 'Error'
    start = 0
    end = len(msg)
    i = msg.find('\n')
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


# ---- runner ----------------------------------------------------------------

class DocTestRunner:
    """Runs DocTests and accumulates per-test (failures, tries)."""

    DIVIDER = DIVIDER

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _Capture()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) +
            'Exception raised:\n' + _indent(_exception_text(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' %
                       (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        out.append(_indent(example.source))
        return '\n'.join(out)

    def _run(self, test, compileflags, out):
        failures = tries = 0
        original = self.optionflags
        checker = self._checker
        for idx, example in enumerate(test.examples):
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and
                     failures > 0)
            self.optionflags = original
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, idx)
            exc_info = None
            try:
                code = compile(example.source, filename, 'single',
                               compileflags, True)
                exec(code, test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException:
                exc_info = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = 'fail'
            if exc_info is None:
                if checker.check_output(example.want, got, self.optionflags):
                    outcome = 'ok'
            else:
                exc_msg = traceback.format_exception_only(*exc_info[:2])[-1]
                if not quiet:
                    got += _exception_text(exc_info)
                if example.exc_msg is None:
                    outcome = 'boom'
                elif checker.check_output(example.exc_msg, exc_msg,
                                          self.optionflags):
                    outcome = 'ok'
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if checker.check_output(
                            _strip_exception_details(example.exc_msg),
                            _strip_exception_details(exc_msg),
                            self.optionflags):
                        outcome = 'ok'
            if outcome == 'ok':
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome == 'fail':
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example,
                                                     exc_info)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original
        self._record(test, failures, tries)
        return TestResults(failures, tries)

    def _record(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        if compileflags is None:
            compileflags = 0
            for fname in __future__.all_feature_names:
                feature = test.globs.get(fname, None)
                if feature is getattr(__future__, fname):
                    compileflags |= feature.compiler_flag
        saved_out = sys.stdout
        if out is None:
            out = saved_out.write
        sys.stdout = self._fakeout
        saved_hook = sys.displayhook
        sys.displayhook = sys.__displayhook__
        import linecache
        saved_getlines = linecache.getlines
        self.test = test
        self.save_linecache_getlines = saved_getlines
        linecache.getlines = self.__patched_linecache_getlines
        try:
            return self._run(test, compileflags, out)
        finally:
            sys.stdout = saved_out
            sys.displayhook = saved_hook
            linecache.getlines = saved_getlines
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    _DOCTEST_FILENAME = re.compile(r'<doctest (?P<name>.+)\[(?P<examplenum>\d+)\]>$')

    def __patched_linecache_getlines(self, filename, module_globals=None):
        # tracebacks through an example show its source line
        m = self._DOCTEST_FILENAME.match(filename)
        if m and m.group('name') == self.test.name:
            example = self.test.examples[int(m.group('examplenum'))]
            return example.source.splitlines(True)
        return self.save_linecache_getlines(filename, module_globals)

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        total_t = total_f = 0
        for name, (f, t) in self._name2ft.items():
            total_t += t
            total_f += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), 'items had no tests:')
                for name in sorted(notests):
                    print('   ', name)
            if passed:
                print(len(passed), 'items passed all tests:')
                for name, t in sorted(passed):
                    print(' %3d tests in %s' % (t, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), 'items had failures:')
            for name, (f, t) in sorted(failed):
                print(' %3d of %3d in %s' % (f, t, name))
        if verbose:
            print(total_t, 'tests in', len(self._name2ft), 'items.')
            print(total_t - total_f, 'passed and', total_f, 'failed.')
        if total_f:
            print('***Test Failed***', total_f, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(total_f, total_t)

    def merge(self, other):
        for name, (f, t) in other._name2ft.items():
            f2, t2 = self._name2ft.get(name, (0, 0))
            self._name2ft[name] = (f + f2, t + t2)


class DocTestFailure(Exception):
    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """Raises on the first failure instead of reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True,
            optionflags=0, extraglobs=None, raise_on_error=False,
            exclude_empty=False):
    """Run the docstring examples of module m (default __main__)."""
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError('testmod: module required; %r' % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def testfile(filename, module_relative=True, name=None, package=None,
             globs=None, verbose=None, report=True, optionflags=0,
             extraglobs=None, raise_on_error=False, parser=DocTestParser(),
             encoding=None):
    """Run the examples in a text file."""
    global master
    import os
    if module_relative and not os.path.isabs(filename):
        caller = sys._getframe(1).f_globals.get('__file__')
        if package is None and caller:
            filename = os.path.join(os.path.dirname(caller), filename)
    with open(filename, encoding=encoding or 'utf-8') as f:
        text = f.read()
    if name is None:
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name='NoName',
                           compileflags=None, optionflags=0):
    """Run the examples in f's docstring, reporting failures only."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


def script_from_examples(s):
    out = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            out.append(piece.source[:-1])
            want = piece.want
            if want:
                out.append('# Expected:')
                out += ['## ' + l for l in want.split('\n')[:-1]]
        else:
            out += ['# ' + l.rstrip() if l.strip() else '#'
                    for l in piece.split('\n')[:-1]]
    while out and out[-1] == '#':
        out.pop()
    while out and out[0] == '#':
        out.pop(0)
    return '\n'.join(out) + '\n'


# ---- unittest integration --------------------------------------------------

def _unittest():
    import unittest

    class DocTestCase(unittest.TestCase):
        def __init__(self, test, optionflags=0, setUp=None, tearDown=None,
                     checker=None):
            unittest.TestCase.__init__(self)
            self._dt_optionflags = optionflags
            self._dt_checker = checker
            self._dt_test = test
            self._dt_setUp = setUp
            self._dt_tearDown = tearDown

        def setUp(self):
            if self._dt_setUp is not None:
                self._dt_setUp(self._dt_test)

        def tearDown(self):
            if self._dt_tearDown is not None:
                self._dt_tearDown(self._dt_test)
            self._dt_test.globs.clear()

        def runTest(self):
            test = self._dt_test
            new = StringIO()
            runner = DocTestRunner(optionflags=self._dt_optionflags,
                                   checker=self._dt_checker, verbose=False)
            failures, tries = runner.run(test, out=new.write, clear_globs=False)
            if failures:
                raise self.failureException(self.format_failure(new.getvalue()))

        def format_failure(self, err):
            test = self._dt_test
            lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
            lname = '.'.join(test.name.split('.')[-1:])
            return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                    % (test.name, test.filename, lineno, lname, err))

        def id(self):
            return self._dt_test.name

        def __repr__(self):
            name = self._dt_test.name.split('.')
            return '%s (%s)' % (name[-1], '.'.join(name[:-1]))

        __str__ = object.__str__

        def shortDescription(self):
            return 'Doctest: ' + self._dt_test.name

    return unittest, DocTestCase


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None,
                 **options):
    unittest, DocTestCase = _unittest()
    if test_finder is None:
        test_finder = DocTestFinder()
    if module is None:
        module = sys._getframe(1).f_globals.get('__name__')
    if isinstance(module, str):
        module = __import__(module, globals(), locals(), ['*'])
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = unittest.TestSuite()
    for test in sorted(tests):
        if not test.examples:
            continue
        if not test.filename:
            test.filename = getattr(module, '__file__', None)
        suite.addTest(DocTestCase(test, **options))
    return suite


def DocFileSuite(*paths, **kw):
    unittest, DocTestCase = _unittest()
    suite = unittest.TestSuite()
    import os
    parser = kw.pop('parser', DocTestParser())
    globs = kw.pop('globs', None) or {}
    kw.pop('module_relative', None)
    kw.pop('package', None)
    encoding = kw.pop('encoding', None)
    caller = sys._getframe(1).f_globals.get('__file__')
    for path in paths:
        if caller and not os.path.isabs(path):
            path = os.path.join(os.path.dirname(caller), path)
        with open(path, encoding=encoding or 'utf-8') as f:
            text = f.read()
        g = dict(globs)
        g.setdefault('__file__', path)
        test = parser.get_doctest(text, g, os.path.basename(path), path, 0)
        suite.addTest(DocTestCase(test, **kw))
    return suite
