# list: construction, methods, errors, operators
def show_error(f):
    try:
        r = f()
        print("no error:", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = [3, 1, 2]
print(a, len(a), a[0], a[-1])
a.append(4)
a.extend((5, 6))
a.extend(x * 10 for x in range(3))
a.insert(0, -1)
a.insert(-1, 99)
a.insert(100, 100)
a.insert(-100, -100)
print(a)
print(a.pop(), a.pop(0), a.pop(1), a)
print(a.index(99), a.count(3), 3 in a, 42 in a, 42 not in a)
a.remove(99)
print(a)
a.reverse()
print(a)
b = a.copy()
b.clear()
print(a, b)
print(list(), list("abc"), list((1, 2)), list(range(4)), list({1: 2}))
print([1, 2] + [3], [1, 2] * 3, 2 * [0], [1] * 0, [1] * -5)
c = [1]
c += (2, 3)
c += "ab"
c *= 2
print(c)
c *= 0
print(c)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 0], [1, 3] > [1, 2, 9], [] < [0], [1] != [1.0])
print([[1, 2], [3]] == [[1, 2], [3]], [1, [2, 3]] < [1, [2, 4]])
print(a.index(0, 1), a.index(2, -5, -1))
show_error(lambda: [].pop())
show_error(lambda: [1].pop(5))
show_error(lambda: [1, 2].index(7))
show_error(lambda: [1, 2].remove(7))
show_error(lambda: [1][3])
key = "x"
show_error(lambda: [1][key])
show_error(lambda: [1] + (2,))
show_error(lambda: [1] * 1.5)
show_error(lambda: list(1, 2))
show_error(lambda: list(5))
show_error(lambda: [1, 2].index(1, "a"))
show_error(lambda: [].sort(1))
show_error(lambda: [3, "a"].sort())
show_error(lambda: hash([]))
x = [1, 2, 3]
def setitem():
    x[5] = 1
show_error(setitem)
def delitem():
    del x[5]
show_error(delitem)
del x[0]
x[-1] = 30
print(x, bool(x), bool([]))
it = iter([1, 2, 3])
print(next(it), it.__length_hint__(), list(it), list(it))
r = reversed([1, 2, 3])
print(type(r).__name__, r.__length_hint__(), list(r))
print(type(iter([])).__name__)
m = [1, 2, 3]
for v in m:
    if v == 1:
        m.append(4)
print(m)
print(list.__name__, [].__class__ is list, isinstance([], list))
