import dis
import io
def deref():
    v = 1

    def get():
        return v
    return get
out = io.StringIO()
dis.dis(deref, file=out)
for line in out.getvalue().splitlines():
    i = line.find(' at 0x')
    if i >= 0:
        line = line[:i] + line[line.index(',', i):]
    # the script's folder depends on where the checkout lives
    print(line.replace(__import__('os').path.dirname(__file__) + '/', ''))


def counter():
    n = 0

    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc


c = counter()
print(c(), c(2), c.__code__.co_freevars, counter.__code__.co_cellvars)
for ins in dis.get_instructions(c):
    if ins.opname in ('LOAD_DEREF', 'STORE_DEREF', 'COPY_FREE_VARS'):
        print(ins.opname, ins.arg, ins.argval, ins.argrepr)
for ins in dis.get_instructions(counter):
    if ins.opname in ('MAKE_CELL', 'LOAD_CLOSURE', 'STORE_DEREF', 'MAKE_FUNCTION'):
        print(ins.opname, ins.argrepr)
