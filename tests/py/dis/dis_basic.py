# dis on code whose instruction sequences krait and CPython 3.11 share.
# Offsets differ in general (krait has no PRECALL and its own cache
# sizes), so only functions without calls/attribute caches are printed in
# full; elsewhere instruction names and argreprs are compared.
import dis
import io
import opcode


def add(a, b):
    return a + b


def mix(x, y=1, *, z=2):
    s = x - y
    s *= z
    return s & 10, not s, -s, s // 3, s % 4, s ** 2, ~s


def cond(n):
    if n:
        return 'yes'
    return None


def deref():
    v = 1

    def get():
        return v
    return get


class Shape:
    def area(self):
        return self.w * self.h

    def scale(self, k):
        return k


def show(x, **kw):
    out = io.StringIO()
    dis.dis(x, file=out, **kw)
    print(out.getvalue(), end='')


show(add)
show(mix)
show(cond)
show("a + b * c")
show("x = 1\ny = x")
print('---')

ins = list(dis.get_instructions(add))
for i in ins:
    print(i.opname, i.opcode == dis.opmap[i.opname], i.arg, repr(i.argval), repr(i.argrepr),
          i.offset, i.starts_line, i.is_jump_target)
print(dis.Instruction._fields)
print(ins[1].positions)
print(list(dis.findlinestarts(add.__code__)))
print(dis.Bytecode(add).dis() == '\n'.join(
    i._disassemble() for i in dis.get_instructions(add)).replace('\n  3', '\n\n  3') + '\n')
print([i.opname for i in dis.Bytecode(cond)])
print([(i.opname, i.argrepr) for i in dis.get_instructions(deref.__code__.co_consts[2])
       if i.opname.startswith(('LOAD', 'RETURN'))])
print([i.argrepr for i in dis.get_instructions(deref) if i.opname in ('STORE_DEREF',)])
import os as _os
_here = _os.path.dirname(__file__) + '/'
print(dis.code_info(add).replace(_here, ''))
print(dis.code_info(mix).replace(_here, ''))

out = io.StringIO()
dis.dis(Shape, file=out)
for line in out.getvalue().splitlines():
    if line.startswith('Disassembly') or 'LOAD_FAST' in line or 'BINARY_OP' in line:
        print(line.split()[-2:] if 'LOAD' in line or 'BINARY' in line else line)

print(dis.pretty_flags(3), dis.pretty_flags(0x23), dis.pretty_flags(0x20000))
try:
    dis.dis(42)
except TypeError as e:
    print(e)

# opcode module
print(opcode.cmp_op)
print(opcode.opname[opcode.opmap['LOAD_FAST']], len(opcode.opname))
for name in ('LOAD_CONST', 'LOAD_FAST', 'STORE_FAST', 'LOAD_GLOBAL', 'LOAD_ATTR',
             'COMPARE_OP', 'JUMP_FORWARD', 'LOAD_DEREF', 'RETURN_VALUE', 'BINARY_OP'):
    op = opcode.opmap[name]
    print(name, op in opcode.hasconst, op in opcode.hasname, op in opcode.hasjrel,
          op in opcode.haslocal, op in opcode.hasfree, op in opcode.hascompare)
print(opcode.hasjabs, opcode.opname[opcode.EXTENDED_ARG])
print(opcode._nb_ops[0], opcode._nb_ops[13], opcode._nb_ops[10], len(opcode._nb_ops))
print(opcode.stack_effect(opcode.opmap['LOAD_CONST'], 0),
      opcode.stack_effect(opcode.opmap['BINARY_OP'], 0),
      opcode.stack_effect(opcode.opmap['BUILD_TUPLE'], 3),
      opcode.stack_effect(opcode.opmap['POP_JUMP_FORWARD_IF_FALSE'], 1))


def compare(a, b):
    return a < b, a == b, a >= b, a is b, a in b, a is not b, a not in b


print([(i.opname, i.argrepr) for i in dis.get_instructions(compare)
       if i.opname in ('COMPARE_OP', 'IS_OP', 'CONTAINS_OP')])
