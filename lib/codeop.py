"""codeop: compile source typed at an interactive prompt, telling apart
complete statements (a code object), incomplete ones (None: the caller
should read another line) and errors (SyntaxError).

CPython decides "incomplete" with two compiler flags (don't imply a dedent
at end of input; report "incomplete input" for errors at EOF).  krait's
compiler has neither, so the same decisions are reconstructed here:

  * an error is "incomplete" when it is one that more text could cure --
    an unclosed bracket or triple-quoted string, a block header with no
    body yet, a `try` body still waiting for except/finally, or a dangling
    decorator line;
  * a successful compile is still incomplete when the last top-level
    statement is a compound one (if/def/for/...) and the input does not
    end with a newline: the user may add more lines to its block.  An
    interactive console marks the end of a block with an empty line,
    which appends that newline.

Errors are reported for the source exactly as given (not the retries).
"""
import __future__
import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

_features = [getattr(__future__, fname)
             for fname in __future__.all_feature_names]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_COMPOUND = ('If', 'For', 'AsyncFor', 'While', 'With', 'AsyncWith',
             'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Try',
             'TryStar', 'Match')


def _significant_lines(source):
    return [ln for ln in source.split("\n")
            if ln.strip() and not ln.strip().startswith('#')]


def _error_is_incomplete(err, source):
    msg = str(err.msg if hasattr(err, 'msg') else err)
    if "was never closed" in msg or "unterminated triple-quoted" in msg:
        return True
    if "incomplete input" in msg or "unexpected EOF" in msg:
        return True
    lines = source.split("\n")
    sig = _significant_lines(source)
    if not sig:
        return False
    if msg.startswith("expected an indented block"):
        # incomplete only if nothing follows the header that wants a body
        head = msg.rpartition(" on line ")[2]
        try:
            header_line = int(head)
        except ValueError:
            header_line = err.lineno or 0
        rest = lines[header_line:]
        return not any(ln.strip() and not ln.strip().startswith('#')
                       for ln in rest)
    if msg.startswith("expected 'except' or 'finally' block"):
        return sig[-1][:1] in (' ', '\t')
    if sig[-1].lstrip().startswith('@'):
        return True
    return False


def _block_still_open(source, symbol):
    if symbol == "eval" or source.rpartition("\n")[2] == "":
        return False
    try:
        import ast
        tree = ast.parse(source)
    except Exception:
        return False
    body = getattr(tree, 'body', None)
    if not body:
        return False
    return type(body[-1]).__name__ in _COMPOUND


def _maybe_compile(compiler, source, filename, symbol):
    # only blank lines and comments: compile a no-op
    for line in source.split("\n"):
        line = line.strip()
        if line and line[0] != '#':
            break
    else:
        if symbol != "eval":
            source = "pass"

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        try:
            code = compiler(source, filename, symbol)
        except SyntaxError as err:
            if _error_is_incomplete(err, source):
                return None
            try:
                compiler(source + "\n", filename, symbol)
            except SyntaxError:
                pass
            else:
                return None
        else:
            if _block_still_open(source, symbol):
                return None
            return code
    return compiler(source, filename, symbol, incomplete_input=False)


def _compile(source, filename, symbol, incomplete_input=True):
    return compile(source, filename, symbol, 0, True)


def compile_command(source, filename="<input>", symbol="single"):
    r"""Compile a command and decide whether it is complete.

    Returns a code object if the command is complete and valid, None if it
    is incomplete, and raises SyntaxError (or OverflowError/ValueError) if
    it is invalid.  symbol is "single" (default), "exec" or "eval".
    """
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """Like compile(), but remembers __future__ statements it has seen and
    compiles later sources with them in force."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        # krait's compile() takes no incomplete-input flags: pass only the
        # __future__ feature bits
        flags = self.flags & ~(PyCF_DONT_IMPLY_DEDENT |
                               PyCF_ALLOW_INCOMPLETE_INPUT)
        codeob = compile(source, filename, symbol, flags, True)
        for feature in _features:
            if getattr(codeob, 'co_flags', 0) & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return codeob


class CommandCompiler:
    """compile_command() that remembers __future__ statements."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
