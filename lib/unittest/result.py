"""TestResult: collects outcomes.  Errors and failures are stored as
(test, formatted traceback string) pairs; the traceback hides frames that
belong to this package (their globals contain __unittest)."""
__unittest = True

import sys

try:
    import traceback as _traceback
except Exception:          # pragma: no cover - minimal fallback
    _traceback = None


_STDOUT_LINE = '\nStdout:\n%s'
_STDERR_LINE = '\nStderr:\n%s'


def _is_internal(tb):
    return '__unittest' in tb.tb_frame.f_globals


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line.strip()
    except Exception:
        pass
    return ''


def _format_one(exc_type, value, tb, length=None):
    lines = ['Traceback (most recent call last):\n']
    n = 0
    while tb is not None and (length is None or n < length):
        code = tb.tb_frame.f_code
        lines.append('  File "%s", line %d, in %s\n' %
                     (code.co_filename, tb.tb_lineno, code.co_name))
        src = _source_line(code.co_filename, tb.tb_lineno)
        if src:
            lines.append('    %s\n' % src)
        tb = tb.tb_next
        n += 1
    text = str(value) if value is not None else ''
    name = exc_type.__qualname__
    mod = exc_type.__module__
    if mod not in ('builtins', '__main__'):
        name = mod + '.' + name
    lines.append('%s: %s\n' % (name, text) if text else '%s\n' % name)
    return lines


def _format_exc(exc_type, value, tb, length=None):
    out = []
    cause = getattr(value, '__cause__', None)
    ctx = getattr(value, '__context__', None)
    if cause is not None:
        out += _format_exc(type(cause), cause, cause.__traceback__)
        out.append('\nThe above exception was the direct cause of the '
                   'following exception:\n\n')
    elif ctx is not None and not getattr(value, '__suppress_context__', False):
        out += _format_exc(type(ctx), ctx, ctx.__traceback__)
        out.append('\nDuring handling of the above exception, another '
                   'exception occurred:\n\n')
    out += _format_one(exc_type, value, tb, length)
    return out


class TestResult(object):
    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        # buffer mode: a test's output is captured and only shown (on the
        # real streams, and in the failure report) when the test fails
        if self.buffer:
            import io
            if self._stderr_buffer is None:
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                output = sys.stdout.getvalue()
                error = sys.stderr.getvalue()
                if output:
                    if not output.endswith('\n'):
                        output += '\n'
                    self._original_stdout.write(_STDOUT_LINE % output)
                if error:
                    if not error.endswith('\n'):
                        error += '\n'
                    self._original_stderr.write(_STDERR_LINE % error)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def stopTestRun(self):
        pass

    def addError(self, test, err):
        self._mirrorOutput = True
        self.errors.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self._mirrorOutput = True
        self.failures.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if self.failfast:
                self.stop()
            self._mirrorOutput = True
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0 and
                not self.unexpectedSuccesses)

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        # drop leading frames of the framework (TestCase.run etc.)
        while tb is not None and _is_internal(tb):
            tb = tb.tb_next
        # and, for failures, the assert* frames at the end
        length = None
        if tb is not None:
            n, t, seen_internal = 0, tb, False
            while t is not None:
                if _is_internal(t):
                    seen_internal = True
                    break
                n += 1
                t = t.tb_next
            if seen_internal:
                length = n
        lines = None
        if _traceback is not None:
            try:
                lines = list(_traceback.format_exception(
                    exctype, value, tb, limit=length))
            except Exception:
                lines = None
        if lines is None:
            lines = _format_exc(exctype, value, tb, length)
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                lines.append(_STDOUT_LINE % output)
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                lines.append(_STDERR_LINE % error)
        return ''.join(lines)

    def __repr__(self):
        return ("<%s.%s run=%i errors=%i failures=%i>" %
                (type(self).__module__, type(self).__qualname__,
                 self.testsRun, len(self.errors), len(self.failures)))
