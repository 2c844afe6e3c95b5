# BINARY_OP / COMPARE_OP / BINARY_SUBSCR fast paths and their fallbacks.
def arith(a, b):
    return (a + b, a - b, a * b, a // b if b else None, a % b if b else None,
            a & b, a | b, a ^ b, a / b if b else None)
vals = [0, 1, -1, 7, -7, 2**31, -2**31, 2**62, -2**63, 2**63 - 1, 2**53, 2**53 + 1,
        2**64, 3.5, -0.0, float('inf'), True, False]
for a in vals:
    for b in vals:
        try:
            print(a, b, arith(a, b))
        except (OverflowError, ZeroDivisionError, TypeError) as e:
            print(a, b, type(e).__name__, e)
def shifts(a, b):
    return a << b, a >> b
for a in [0, 1, -1, 3, -3, 2**40, -2**40, 2**62]:
    for b in [0, 1, 20, 62, 63, 64, 100]:
        print(a, b, shifts(a, b))
try:
    shifts(1, -1)
except ValueError as e:
    print('ValueError', e)
def overflow(n):
    x = 1
    for i in range(n):
        x = x * 3 + 1
    return x
print(overflow(60))
def fsum(n):
    x = 0
    for i in range(n):
        x = x + 0.5
        x = x + i
    return x
print(fsum(50))
print(7 / 2, -7 / 2, 1 / 3, (2**53 + 1) / 3, 10**20 / 7, 0 / -5)
def cmp(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b
nan = float('nan')
for a, b in [(1.5, 2.5), (nan, nan), (nan, 1.0), (1.0, 1), ('a', 'b'), ('ab', 'ab'),
             ('a', 1), (2**70, 2**70 + 1)]:
    try:
        print(a, b, cmp(a, b))
    except TypeError as e:
        print('TypeError', e)
class MyStr(str):
    def __eq__(self, o):
        return 'custom'
print('x' == MyStr('x'), MyStr('x') == 'x')
def concat(n):
    s = ''
    for i in range(n):
        s = s + 'ab'
        s += str(i % 10)
    return s
print(concat(12))
try:
    'a' + 1
except TypeError as e:
    print('TypeError', e)

# subscripts
def subs(c, keys):
    return [c[k] for k in keys]
l = list(range(10))
t = tuple(range(10))
d = {i: -i for i in range(10)}
print(subs(l, [0, -1, 5]), subs(t, [0, -1, 5]), subs(d, [0, 9]))
for c, k in [(l, 10), (t, -11), (d, 'x'), (l, 'x'), (l, 2**70)]:
    try:
        print(c[k])
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
class DD(dict):
    def __missing__(self, k):
        return 'missing'
print(subs(DD(a=1), ['a', 'b']))
def store(c, k, v):
    c[k] = v
for i in range(25):
    store(l, i % 10, i)
print(l)
try:
    store(l, 10, 0)
except IndexError as e:
    print('IndexError', e)
try:
    store(t, 0, 0)
except TypeError as e:
    print('TypeError', e)
