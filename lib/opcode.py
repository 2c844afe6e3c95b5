"""opcode -- krait's bytecode instruction tables.

Everything is derived from runtime/opcodes.h through the C module
_opcode, so the names and numbers are exactly what the compiler emits.
They follow CPython 3.11's names where the instructions coincide, but the
numbering is krait's own (an opcode is its position in opcodes.h).

Every krait code unit carries an argument byte; `hasarg` lists the
instructions whose argument means something.  HAVE_ARGUMENT is the lowest
such opcode (krait does not sort opcodes by argument presence, so test
membership in `hasarg` rather than comparing with HAVE_ARGUMENT).
"""
import _opcode

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs", "stack_effect"]

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

opname = ['<%r>' % (op,) for op in range(256)]
opmap = {}
hasarg = []
hasconst = []
hasname = []
hasjrel = []
hasjabs = []
haslocal = []
hascompare = []
hasfree = []
hasnargs = []
_inline_cache_entries = [0] * 256
_jump_backward = []

for _op, _name in enumerate(_opcode.names):
    opname[_op] = _name
    opmap[_name] = _op
    _inline_cache_entries[_op] = _opcode.cache[_op]
    _kind = _opcode.argkind[_op]
    if _kind != _opcode.ARG_NONE:
        hasarg.append(_op)
    # 3.11's dis shows KW_NAMES' argument without its constant
    if _kind == _opcode.ARG_CONST and _name != 'KW_NAMES':
        hasconst.append(_op)
    elif _kind in (_opcode.ARG_NAME, _opcode.ARG_GLOBAL):
        hasname.append(_op)
    elif _kind in (_opcode.ARG_JREL, _opcode.ARG_JBACK):
        hasjrel.append(_op)
        if _kind == _opcode.ARG_JBACK:
            _jump_backward.append(_op)
    elif _kind == _opcode.ARG_LOCAL:
        haslocal.append(_op)
    elif _kind == _opcode.ARG_FREE:
        hasfree.append(_op)
    elif _kind == _opcode.ARG_COMPARE:
        hascompare.append(_op)

HAVE_ARGUMENT = min(hasarg)
EXTENDED_ARG = opmap['EXTENDED_ARG']

_nb_ops = [(name, sym) for name, sym in _opcode.binops]
_nb_ops += [('NB_INPLACE_' + name[3:], sym + '=') for name, sym in _opcode.binops]

_specializations = {}
_specialized_instructions = []


def stack_effect(opcode, oparg=None, *, jump=None):
    return _opcode.stack_effect(opcode, oparg, jump=jump)


del _op, _name, _kind
