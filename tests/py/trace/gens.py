# Generators and coroutines under sys.settrace: a 'call' at each resume,
# a 'return' at each yield, yield from, send, throw and close.
import sys

def show(frame, event, arg):
    co = frame.f_code
    rel = frame.f_lineno - co.co_firstlineno
    if event == 'exception':
        print(event, co.co_name, rel, arg[0].__name__, arg[1])
    elif event in ('return', 'call'):
        print(event, co.co_name, rel, repr(arg))
    else:
        print(event, co.co_name, rel)
    return show

def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return "end"

def delegate():
    r = yield from gen(2)
    yield r

def catcher():
    try:
        yield 1
    except KeyError as e:
        yield "caught"
    yield 2

def closing():
    try:
        yield 1
    finally:
        print("cleanup")

sys.settrace(show)
print(list(gen(2)))
g = gen(3)
next(g)
g.send("hello")
print(list(delegate()))
c = catcher()
next(c)
print(c.throw(KeyError("k")))
print(next(c))
cl = closing()
next(cl)
cl.close()
print([v * 2 for v in gen(2)])
s = sum(v for v in range(3))
print(s)

sys.settrace(None)
