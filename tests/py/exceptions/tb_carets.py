# Traceback carets for many expression shapes, printed with sys.excepthook.
import sys
a = 1
b = None
c = 2
d = {}
lst = [[1]]
zero = 0
class O:
    inner = None
obj = O()
def f(v):
    return None

def case0():
    x = a + b

def case1():
    x = (a) + (b)

def case2():
    x = a * b + c

def case3():
    x = c + a * b

def case4():
    x = a ** b

def case5():
    x = d['zz']

def case6():
    x = d [ 'zz' ]

def case7():
    x = lst[1][5]

def case8():
    x = obj.inner.missing

def case9():
    x = a < b

def case10():
    x = [a + b for _ in range(1)]

def case11():
    x = a // b

def case12():
    x = a << b

def case13():
    x = f'{a + b}'

def case14():
    x = (a +
             b)

def case15():
    x = a + \
            b

def case16():
    print(a + b)

def case17():
    a + b

def case18():
    d['zz']

def case19():
    x = -b

def case20():
    x = a[1:2] + b

def case21():
    x = 1 / zero

def case22():
    x = [1,2][a]

def case23():
    x = a.b.c[1]

def case24():
    x = 2 ** -b

def case25():
    x = 'é' + a + b

def case26():
    x = f(a)[0]

def case27():
    x, y = a

def case28():
    x = a+b  # trailing

for i in range(29):
    try:
        globals()['case%d' % i]()
    except Exception as e:
        print(i, type(e).__name__)
        sys.excepthook(type(e), e, e.__traceback__)
