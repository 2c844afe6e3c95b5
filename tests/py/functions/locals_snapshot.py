# locals() in a function returns the frame's one dict, refreshed per call.
import sys
def f():
    a = 1
    l = locals()
    b = 2
    print(l)
    locals()
    print(sorted(l))
    print(locals() is l, sys._getframe().f_locals is l)
f()
def g(x):
    def inner():
        return x
    y = x * 2
    return sorted(locals())
print(g(3))
class C:
    z = 1
    print(sorted(locals()))
print(locals() is globals())
