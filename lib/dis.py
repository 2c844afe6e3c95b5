"""dis -- disassembler for krait bytecode, in CPython 3.11's layout.

krait's bytecode is modelled on 3.11's: 16-bit code units (opcode byte,
argument byte), EXTENDED_ARG prefixes, inline CACHE units after some
instructions, relative jumps counted in code units from the end of the
jumping instruction (after its caches), and a zero-cost exception table.
Offsets are therefore bytes = 2 * code-unit index, as in CPython.  The
instruction names, argument meanings and numbering come from opcode.py
(itself generated from runtime/opcodes.h).

Differences from CPython's output follow only from the bytecode: krait
emits no PRECALL, uses its own opcode numbers and cache sizes, and places
instructions (and so offsets) where its compiler does.
"""
import sys
import types
import collections
import io

from opcode import *
from opcode import (__all__ as _opcodes_all, _nb_ops, _inline_cache_entries,
                    _jump_backward, hasarg)

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all

_have_code = (types.MethodType, types.FunctionType, types.CodeType,
              classmethod, staticmethod, type)

CACHE = opmap["CACHE"]
LOAD_CONST = opmap['LOAD_CONST']
JUMP_BACKWARD = opmap['JUMP_BACKWARD']
LOAD_GLOBAL = opmap['LOAD_GLOBAL']
FORMAT_VALUE = opmap['FORMAT_VALUE']
MAKE_FUNCTION = opmap['MAKE_FUNCTION']
BINARY_OP = opmap['BINARY_OP']
FORMAT_VALUE_CONVERTERS = (
    (None, ''),
    (str, 'str'),
    (repr, 'repr'),
    (ascii, 'ascii'),
)
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

_all_opname = list(opname)
_all_opmap = dict(opmap)
# krait rewrites no instruction into specialized forms: nothing to undo
deoptmap = {}


def _try_compile(source, name):
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if hasattr(x, '__dict__') and not hasattr(x, 'co_code'):
        for name, x1 in sorted(x.__dict__.items()):
            if isinstance(x1, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches,
                               adaptive=adaptive)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file, show_caches=show_caches)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, '<dis>'), file=file, depth=depth,
                               show_caches=show_caches, adaptive=adaptive)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches,
                adaptive=adaptive)


COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def _get_code_object(x):
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def code_info(x):
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    if co.co_consts:
        lines.append("Constants:")
        for i_c in enumerate(co.co_consts):
            lines.append("%4d: %r" % i_c)
    if co.co_names:
        lines.append("Names:")
        for i_n in enumerate(co.co_names):
            lines.append("%4d: %s" % i_n)
    if co.co_varnames:
        lines.append("Variable names:")
        for i_n in enumerate(co.co_varnames):
            lines.append("%4d: %s" % i_n)
    if co.co_freevars:
        lines.append("Free variables:")
        for i_n in enumerate(co.co_freevars):
            lines.append("%4d: %s" % i_n)
    if co.co_cellvars:
        lines.append("Cell variables:")
        for i_n in enumerate(co.co_cellvars):
            lines.append("%4d: %s" % i_n)
    return "\n".join(lines)


def show_code(co, *, file=None):
    print(code_info(co), file=file)


Positions = collections.namedtuple(
    'Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction",
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line',
     'is_jump_target', 'positions'],
    defaults=[None])

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


class Instruction(_Instruction):
    """Details for a bytecode operation (CPython 3.11's fields)."""

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append("%*d" % (lineno_width, self.starts_line))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _varname_getter(co):
    """Name of local slot k: varnames, then cells that are not arguments,
    then free variables (krait's "localsplus" layout)."""
    if hasattr(co, '_varname_from_oparg'):
        return co._varname_from_oparg
    names = list(co.co_varnames)
    nargs = co.co_argcount + co.co_kwonlyargcount
    if co.co_flags & 4:
        nargs += 1
    if co.co_flags & 8:
        nargs += 1
    args = set(co.co_varnames[:nargs])
    names += [c for c in co.co_cellvars if c not in args]
    names += list(co.co_freevars)

    def get(k):
        return names[k]
    return get


def _parse_exception_table(code):
    """(start, end, target, depth, lasti) in bytes, end exclusive."""
    table = getattr(code, 'co_exceptiontable', ())
    if isinstance(table, (bytes, bytearray)):
        return []
    return [(s * 2, e * 2, t * 2, d, bool(l)) for s, e, t, d, l in table]


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    co = _get_code_object(x)
    linestarts = dict(findlinestarts(co))
    if first_line is not None:
        line_offset = first_line - co.co_firstlineno
    else:
        line_offset = 0
    return _get_instructions_bytes(co.co_code, _varname_getter(co), co.co_names,
                                   co.co_consts, linestarts, line_offset,
                                   co_positions=co.co_positions(),
                                   show_caches=show_caches,
                                   exception_entries=_parse_exception_table(co))


def _get_const_value(op, arg, co_consts):
    if co_consts is None:
        return UNKNOWN
    return co_consts[arg]


class _Unknown:
    def __repr__(self):
        return "<unknown>"


UNKNOWN = _Unknown()


def _get_name_info(name_index, get_name, **extrainfo):
    if get_name is not None:
        argval = get_name(name_index, **extrainfo)
        return argval, argval
    return UNKNOWN, ''


def _unpack_opargs(code):
    extended_arg = 0
    caches = 0
    n = len(code)
    i = 0
    while i < n:
        op = code[i]
        if caches:
            caches -= 1
            yield i, op, None
            i += 2
            continue
        caches = _inline_cache_entries[op]
        if op in hasarg:
            arg = code[i + 1] | extended_arg
            extended_arg = (arg << 8) if op == EXTENDED_ARG else 0
        else:
            arg = None
            extended_arg = 0
        yield i, op, arg
        i += 2


def _jump_target(offset, op, arg):
    nxt = offset + 2 + 2 * _inline_cache_entries[op]
    return nxt - 2 * arg if op in _jump_backward else nxt + 2 * arg


def findlabels(code):
    labels = []
    for offset, op, arg in _unpack_opargs(code):
        if arg is not None and op in hasjrel:
            label = _jump_target(offset, op, arg)
            if label not in labels:
                labels.append(label)
    return labels


def findlinestarts(code):
    lastline = None
    for start, end, line in code.co_lines():
        if line is not None and line != lastline:
            lastline = line
            yield start, line


def _get_instructions_bytes(code, varname_from_oparg=None, names=None, co_consts=None,
                            linestarts=None, line_offset=0, exception_entries=(),
                            co_positions=None, show_caches=False):
    co_positions = list(co_positions or ())
    labels = set(findlabels(code))
    for start, end, target, _, _ in exception_entries:
        labels.add(target)
    starts_line = None
    cache_left = 0
    for offset, op, arg in _unpack_opargs(code):
        if linestarts is not None:
            starts_line = linestarts.get(offset, None)
            if starts_line is not None:
                starts_line += line_offset
        unit = offset // 2
        pos = co_positions[unit] if unit < len(co_positions) else ()
        positions = Positions(*pos)
        if cache_left:
            cache_left -= 1
            if show_caches:
                yield Instruction("CACHE", CACHE, 0, None, '', offset, starts_line,
                                  False, positions)
            continue
        cache_left = _inline_cache_entries[op]
        is_jump_target = offset in labels
        argval = None
        argrepr = ''
        if arg is not None:
            argval = arg
            if op in hasconst:
                argval = _get_const_value(op, arg, co_consts)
                argrepr = repr(argval) if argval is not UNKNOWN else ''
            elif op in hasname:
                if op == LOAD_GLOBAL:
                    argval, argrepr = _get_name_info(arg // 2, names.__getitem__
                                                     if names is not None else None)
                    if (arg & 1) and argrepr:
                        argrepr = "NULL + " + argrepr
                else:
                    argval, argrepr = _get_name_info(arg, names.__getitem__
                                                     if names is not None else None)
            elif op in hasjrel:
                argval = _jump_target(offset, op, arg)
                argrepr = "to " + repr(argval)
            elif op in haslocal or op in hasfree:
                argval, argrepr = _get_name_info(arg, varname_from_oparg)
            elif op in hascompare:
                argval = cmp_op[arg]
                argrepr = argval
            elif op == FORMAT_VALUE:
                argval, argrepr = FORMAT_VALUE_CONVERTERS[arg & 0x3]
                argval = (argval, bool(arg & 0x4))
                if argval[1]:
                    if argrepr:
                        argrepr += ', '
                    argrepr += 'with format'
            elif op == MAKE_FUNCTION:
                argrepr = ', '.join(s for i, s in enumerate(MAKE_FUNCTION_FLAGS)
                                    if arg & (1 << i))
            elif op == BINARY_OP:
                _, argrepr = _nb_ops[arg]
        yield Instruction(_all_opname[op], op, arg, argval, argrepr, offset, starts_line,
                          is_jump_target, positions)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    linestarts = dict(findlinestarts(co))
    _disassemble_bytes(co.co_code, lasti, _varname_getter(co), co.co_names, co.co_consts,
                       linestarts, file=file,
                       exception_entries=_parse_exception_table(co),
                       co_positions=co.co_positions(), show_caches=show_caches)


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    disassemble(co, file=file, show_caches=show_caches, adaptive=adaptive)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if hasattr(x, 'co_code'):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches,
                                       adaptive=adaptive)


def _disassemble_bytes(code, lasti=-1, varname_from_oparg=None, names=None, co_consts=None,
                       linestarts=None, *, file=None, line_offset=0, exception_entries=(),
                       co_positions=None, show_caches=False):
    show_lineno = bool(linestarts)
    if show_lineno:
        maxlineno = max(linestarts.values()) + line_offset
        lineno_width = len(str(maxlineno)) if maxlineno >= 1000 else 3
    else:
        lineno_width = 0
    maxoffset = len(code) - 2
    offset_width = len(str(maxoffset)) if maxoffset >= 10000 else 4
    for instr in _get_instructions_bytes(code, varname_from_oparg, names, co_consts,
                                         linestarts, line_offset=line_offset,
                                         exception_entries=exception_entries,
                                         co_positions=co_positions,
                                         show_caches=show_caches):
        new_source_line = (show_lineno and instr.starts_line is not None and
                           instr.offset > 0)
        if new_source_line:
            print(file=file)
        is_current_instr = instr.offset == lasti
        print(instr._disassemble(lineno_width, is_current_instr, offset_width), file=file)
    if exception_entries:
        print("ExceptionTable:", file=file)
        for start, end, target, depth, lasti_flag in exception_entries:
            lasti_s = " lasti" if lasti_flag else ""
            print(f"  {start} to {end - 2} -> {target} [{depth}]{lasti_s}", file=file)


def _disassemble_str(source, **kwargs):
    _disassemble_recursive(_try_compile(source, '<dis>'), **kwargs)


disco = disassemble


class Bytecode:
    """The bytecode operations of a piece of code, iterable as Instructions."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive

    def __iter__(self):
        co = self.codeobj
        return _get_instructions_bytes(co.co_code, _varname_getter(co), co.co_names,
                                       co.co_consts, self._linestarts,
                                       line_offset=self._line_offset,
                                       exception_entries=self.exception_entries,
                                       co_positions=co.co_positions(),
                                       show_caches=self.show_caches)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, show_caches=show_caches,
                   adaptive=adaptive)

    def info(self):
        return _format_code_info(self.codeobj)

    def dis(self):
        co = self.codeobj
        offset = self.current_offset if self.current_offset is not None else -1
        with io.StringIO() as output:
            _disassemble_bytes(co.co_code, varname_from_oparg=_varname_getter(co),
                               names=co.co_names, co_consts=co.co_consts,
                               linestarts=self._linestarts, line_offset=self._line_offset,
                               file=output, lasti=offset,
                               exception_entries=self.exception_entries,
                               co_positions=co.co_positions(),
                               show_caches=self.show_caches)
            return output.getvalue()


def _test():
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('infile', type=argparse.FileType('rb'), nargs='?', default='-')
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    code = compile(source, args.infile.name, "exec")
    dis(code)


main = _test

if __name__ == "__main__":
    _test()
