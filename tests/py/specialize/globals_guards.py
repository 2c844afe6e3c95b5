# LOAD_GLOBAL caches: globals and builtins dict versions.
N = 1
def use_n(k):
    t = 0
    for i in range(k):
        t += N
    return t
print(use_n(30))
N = 2
print(use_n(30))
def rebind_inside(k):
    global N
    t = 0
    for i in range(k):
        t += N
        N = i
    return t
print(rebind_inside(30))

def use_len(k):
    t = 0
    for i in range(k):
        t += len('abc')
    return t
print(use_len(30))
len = lambda s: 10      # a global shadows the builtin
print(use_len(30))
del len
print(use_len(30))
import builtins
old = builtins.abs
builtins.abs = lambda x: 'patched'
def use_abs():
    return abs(-1)
print(use_abs(), use_abs())
builtins.abs = old
print(use_abs())
del N
try:
    use_n(1)
except NameError as e:
    print('NameError', e)

# the same code with other globals
src = '''
def g(k):
    t = 0
    for i in range(k):
        t += V
    return t
'''
ns1 = {'V': 1}
ns2 = {'V': 'x'}
exec(src, ns1)
exec(src, ns2)
print(ns1['g'](30))
try:
    ns2['g'](2)
except TypeError as e:
    print('TypeError', e)
code = ns1['g'].__code__
import types
g2 = types.FunctionType(code, {'V': 5})
print(g2(30))
