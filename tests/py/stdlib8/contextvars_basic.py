import contextvars
import re
import threading


def clean(s):
    return re.sub(r'0x[0-9a-f]+', '0x?', str(s))


print(contextvars.ContextVar, contextvars.Token, contextvars.Context, contextvars.__all__)
v = contextvars.ContextVar('v', default=1)
w = contextvars.ContextVar('w')
print(clean(repr(v)), clean(repr(w)), v.name)
print(v.get(), w.get('dflt'), v.get(7))
try:
    w.get()
except LookupError as e:
    print('LookupError', clean(repr(e)), e.args[0] is w)
t = v.set(5)
print(clean(t), t.var is v, t.old_value, contextvars.Token.MISSING, v.get())
t2 = v.set(6)
print(t2.old_value, v.get())
v.reset(t2)
print(v.get())
v.reset(t)
print(v.get())
for bad in [lambda: v.reset(t), lambda: v.reset(w.set(1)), lambda: v.reset('x')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, clean(e))
try:
    class X(contextvars.ContextVar):
        pass
except TypeError as e:
    print(e)
try:
    contextvars.ContextVar(1)
except TypeError as e:
    print(e)
try:
    contextvars.Context(1)
except TypeError as e:
    print(e)

ctx = contextvars.copy_context()
print(len(ctx), w in ctx, ctx[w], ctx.get(v, 'none'), list(ctx.keys()) == [w], list(ctx.values()))
try:
    ctx['x']
except TypeError as e:
    print(e)


def inner(x):
    w.set(x)
    v.set(x * 2)
    return w.get(), v.get()


print(ctx.run(inner, 10), w.get(), v.get(), ctx[w], ctx[v])
try:
    ctx.run(ctx.run, print)
except RuntimeError as e:
    print(clean(e))
print(ctx == ctx.copy(), ctx == contextvars.copy_context(), len(ctx.copy()))
empty = contextvars.Context()
print(len(empty), empty.run(lambda: w.get('in empty')))

results = []


def worker():
    results.append(w.get('unset in thread'))
    w.set('thread value')
    results.append(w.get())


th = threading.Thread(target=worker)
th.start()
th.join()
print(results, w.get())
print(contextvars.ContextVar[int])
