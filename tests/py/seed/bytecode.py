# The seed's "Python Bytecode" section, restricted to what krait and
# CPython 3.11 print identically.  krait's bytecode is its own (no PRECALL,
# different cache sizes, so different offsets), hence dis output is compared
# through instruction names and argument reprs, and the raw co_code only by
# type.
"""
Python compiles source code to bytecode (.pyc files)
Bytecode is executed by the Python Virtual Machine (PVM)
"""
import dis
import io


def add(a, b):
    return a + b


def listing(fn):
    """(line-start?, opname, argrepr) of each instruction, CACHEs hidden."""
    return [(i.opname, i.argrepr) for i in dis.get_instructions(fn)]


print(listing(add))
out = io.StringIO()
dis.dis(add, file=out)
text = out.getvalue()
for line in text.splitlines():
    # drop the offset column: "  2           0 LOAD_FAST  0 (a)" -> names and args
    parts = line.split()
    if parts:
        print([p for p in parts if not p.isdigit()])
print('LOAD_FAST                0 (a)' in text, 'LOAD_FAST                1 (b)' in text,
      'BINARY_OP                0 (+)' in text, text.rstrip().endswith('RETURN_VALUE'))

code = add.__code__
print(type(code).__name__, type(code.co_code).__name__, len(code.co_code) % 2)
print(code.co_consts)
print(code.co_varnames)
print(code.co_stacksize)
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_nlocals)
print(code.co_flags, code.co_name, code.co_qualname, code.co_firstlineno)
print(code.co_names, code.co_cellvars, code.co_freevars)
print(code.co_filename.endswith('bytecode.py'))

import ast
tree = ast.parse("x = 1 + 2")
print(ast.dump(tree))

code = compile("x = 1 + 2", "<string>", "exec")
exec(code)
print(x)  # 3


def loop_example():
    total = 0
    for i in range(10):
        total += i
    return total


names = [i.opname for i in dis.get_instructions(loop_example)]
for op in ('GET_ITER', 'FOR_ITER', 'BINARY_OP', 'JUMP_BACKWARD', 'RETURN_VALUE'):
    print(op, op in names)
print([i.argrepr for i in dis.get_instructions(loop_example) if i.opname == 'BINARY_OP'])
print(loop_example())
print(loop_example.__code__.co_varnames, loop_example.__code__.co_names)
