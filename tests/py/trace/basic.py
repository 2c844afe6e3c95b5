# sys.settrace: call/line/return events for plain functions, loops,
# nested calls and recursion (lines relative to each code's first line).
import sys

def show(frame, event, arg):
    co = frame.f_code
    rel = frame.f_lineno - co.co_firstlineno
    if event == 'return' or event == 'call':
        print(event, co.co_name, rel, repr(arg))
    else:
        print(event, co.co_name, rel)
    return show

def add(a, b):
    c = a + b
    return c

def loop(n):
    total = 0
    for i in range(n):
        total += i
    j = 0
    while j < 3:
        j += 1
    return total

def nested(x):
    y = add(x, 1)
    z = add(y,
            2)
    return add(z, loop(2))

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def noreturn():
    pass

sys.settrace(show)
add(1, 2)
loop(3)
nested(5)
fact(3)
noreturn()
sys.settrace(None)
print("gettrace after:", sys.gettrace())
add(3, 4)
print("done")
